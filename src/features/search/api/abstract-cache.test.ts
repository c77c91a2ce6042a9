import { describe, expect, it } from 'vitest';
import { AbstractCache, type AbstractRef } from './abstract-cache.ts';

const TEXTS: Record<string, string> = { a: 'alpha', b: 'beta', c: 'gamma' };
const ref = (id: string): AbstractRef => ({ date: '2025-10-01', id, position: 0 });

/** A read function over TEXTS that records what it was asked and can be held open. */
function recordingRead() {
  const asked: string[][] = [];
  const held: (() => void)[] = [];
  let hold = false;
  const read = async (refs: readonly AbstractRef[]) => {
    asked.push(refs.map((r) => r.id));
    const out = new Map(refs.flatMap((r) => (TEXTS[r.id] ? [[r.id, TEXTS[r.id]!] as const] : [])));
    if (hold) await new Promise<void>((resolve) => held.push(resolve));
    return out;
  };
  return { read, asked, held, setHold: (value: boolean) => (hold = value) };
}

describe('AbstractCache', () => {
  it('reads only what it does not hold, and answers "" for a paper no longer stored', async () => {
    const { read, asked } = recordingRead();
    const cache = new AbstractCache(read);
    await cache.load([ref('a'), ref('b')]);
    expect(await cache.get(ref('a'))).toBe('alpha');
    await cache.load([ref('b'), ref('c')]);
    expect(await cache.get(ref('gone'))).toBe('');
    expect(asked).toEqual([['a', 'b'], ['c'], ['gone']]);
  });

  it('forgets everything when papers change, and drops a read that was under way', async () => {
    const { read, asked, held, setHold } = recordingRead();
    const cache = new AbstractCache(read);
    await cache.load([ref('a')]);
    setHold(true);
    const stale = cache.load([ref('b')]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    cache.forget();
    held.splice(0).forEach((resolve) => resolve());
    await stale;
    expect(cache.size).toBe(0);
    setHold(false);
    expect(await cache.get(ref('b'))).toBe('beta');
    expect(asked).toEqual([['a'], ['b'], ['b']]);
  });
});
