import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { fnv1a } from './fnv1a.ts';

/**
 * Seeded randomness for everything that must repeat exactly for the same seed: the demo
 * corpus generator (byte-identical output), Pegasos training and negative sampling, the
 * bench's known-item queries. pure-rand's xoroshiro128+ is 32-bit-integer arithmetic only,
 * so the sequence does not depend on the platform. Never use Math.random for these.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to its weight. */
  pickWeighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** k distinct items (fewer when there are fewer), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
}

/** A generator for `seed`; a text seed is hashed (FNV-1a) to the generator's 32-bit seed. */
export function createRandom(seed: string | number): Random {
  const generator = xoroshiro128plus(typeof seed === 'number' ? seed | 0 : fnv1a(seed) | 0);
  const next = () => uniformFloat64(generator);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const at = <T>(items: readonly T[], i: number): T => {
    if (i < 0 || i >= items.length) throw new RangeError('cannot pick from an empty list');
    return items[i] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    pickWeighted(items, weights) {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return at(items, i);
      }
      return at(items, items.length - 1);
    },
    sample(items, k) {
      const copy = items.slice();
      const n = Math.min(k, copy.length);
      for (let i = 0; i < n; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy.slice(0, n);
    },
  };
}
