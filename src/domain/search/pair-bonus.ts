import type { TermGroup } from './expand-terms.ts';
import { hasPairHash, pairHash } from './pair-filter.ts';
import type { Segment } from './segment.ts';

/** A neighbouring pair of query words found side by side counts about as much as a title match. */
const PAIR_WEIGHT = 5;
const EXPANSIONS_PER_WORD = 4;

/** One way to read two neighbouring query words as a pair, hashed once per query. */
interface PairOption {
  h1: number;
  h2: number;
  value: number;
}

export interface PairBonus {
  /**
   * The bonus of row `doc` of `data`, which covers `covered` of the query's words; `words`
   * has bit g set when it covers word g (words from the 32nd on are taken as covered).
   */
  of(data: Segment, doc: number, covered: number, words: number): number;
  /** No row covering `covered` words gets more: lets a top-k skip rows that cannot reach it. */
  max(covered: number): number;
  /**
   * No row covering `covered` words, with `words` its bits as in `of`, gets more: only its
   * covered neighbours can be side by side, so this is at most `max(covered)`.
   */
  bound(covered: number, words: number): number;
}

/**
 * Scores how many neighbouring query words appear next to each other in a paper
 * (title or abstract), through the paper's pair filter: "distinctive phrase" queries find their paper
 * even when every word on its own is common. The pairs are hashed once per query, not once
 * per paper: hashing per paper was the largest cost of a multi-word keystroke at 100k.
 */
export function makePairBonus(groups: readonly TermGroup[], idfOf: ReadonlyMap<string, number>, df: (term: string) => number): PairBonus {
  // Each word's readings: its best few expansions (the word itself first, then the most
  // common of its other forms).
  const words = groups.map((group) =>
    [...group.expansions]
      .sort((a, b) => b[1] - a[1] || df(b[0]) - df(a[0]))
      .slice(0, EXPANSIONS_PER_WORD)
      .map(([term, weight]) => ({ term, weight, idf: idfOf.get(term) ?? 0 })),
  );
  if (words.length < 2) return { of: () => 0, max: () => 0, bound: () => 0 };
  // Per neighbouring pair of words, its readings best first: the first found is the best.
  const neighbours: PairOption[][] = [];
  for (let i = 1; i < words.length; i++) {
    const options: PairOption[] = [];
    for (const a of words[i - 1]!) {
      for (const b of words[i]!) {
        const value = a.weight * b.weight * Math.min(a.idf, b.idf);
        if (value > 0) options.push({ ...hashOf(a.term, b.term), value });
      }
    }
    neighbours.push(options.sort((x, y) => y.value - x.value));
  }
  // A paper covering c words has at most c - 1 of them side by side: its bonus is at most
  // the c - 1 largest pair values (doubled when that is every pair). Partial matches of a
  // long query cover few words, so most are skipped without a probe.
  const best = neighbours.map((options) => options[0]?.value ?? 0).sort((a, b) => b - a);
  const bounds = [0];
  for (const value of best) bounds.push(bounds.at(-1)! + PAIR_WEIGHT * value);
  bounds[best.length] = 2 * bounds[best.length]!;
  const max = (covered: number) => bounds[Math.max(0, Math.min(covered - 1, best.length))]!;
  // Neighbour i pairs words i and i + 1: probed only when the row covers both (a pair in
  // its filter means both words are in its text, so the rest are Bloom false positives).
  // Partial matches of a long query cover few neighbours: most probes are skipped.
  const needs = neighbours.map((_, i) => (i + 1 < 32 ? ((1 << i) | (1 << (i + 1))) >>> 0 : 0));
  const bestOf = neighbours.map((options) => PAIR_WEIGHT * (options[0]?.value ?? 0));
  const bound = (covered: number, words: number) => {
    let sum = 0;
    let all = true;
    for (let i = 0; i < neighbours.length; i++) {
      const need = needs[i]!;
      if (((words & need) >>> 0) === need) sum += bestOf[i]!;
      else all = false;
    }
    return Math.min(all ? 2 * sum : sum, max(covered));
  };
  const of = (data: Segment, doc: number, covered: number, words: number) => {
    const from = data.pairOffsets[doc]!;
    const bytes = data.pairOffsets[doc + 1]! - from;
    let bonus = 0;
    let chained = 0;
    for (let i = 0; i < neighbours.length; i++) {
      const need = needs[i]!;
      if (((words & need) >>> 0) !== need) continue;
      for (const option of neighbours[i]!) {
        if (hasPairHash(data.pairBits, from, bytes, option.h1, option.h2)) {
          bonus += PAIR_WEIGHT * option.value;
          chained++;
          break;
        }
      }
    }
    // Every neighbour side by side: the whole query is a phrase of the paper. Capped at the
    // bound, which a Bloom false positive could otherwise pass (the bound must hold).
    return Math.min(chained === neighbours.length ? 2 * bonus : bonus, max(covered));
  };
  return { of, max, bound };
}

function hashOf(a: string, b: string): { h1: number; h2: number } {
  const [h1, h2] = pairHash(a, b);
  return { h1, h2 };
}
