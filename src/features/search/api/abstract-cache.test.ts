import { describe, expect, it } from 'vitest';
import { AbstractCache, type ReadAbstracts } from './abstract-cache.ts';

/** A fake day-row reader (the cache's only I/O) that records reads and can be held open. */
function reader(days: Record<string, Record<string, string>>) {
  const reads: string[][] = [];
  const held: (() => void)[] = [];
  let hold = false;
  const read: ReadAbstracts = async (dates) => {
    reads.push([...dates]);
    const snapshot = new Map(dates.filter((d) => days[d]).map((d) => [d, new Map(Object.entries(days[d]!))]));
    if (hold) await new Promise<void>((resolve) => held.push(resolve));
    return snapshot;
  };
  return { read, reads, held, setHold: (value: boolean) => (hold = value) };
}

describe('AbstractCache', () => {
  const days = { '2025-10-01': { a: 'alpha abstract' }, '2025-10-02': { b: 'beta abstract' }, '2025-10-03': { c: 'gamma abstract' } };

  it('reads a day once, even when two searches ask for it while it is being read', async () => {
    const source = reader(days);
    const cache = new AbstractCache(source.read);
    source.setHold(true);
    const first = cache.get('2025-10-01', 'a');
    const second = cache.load(['2025-10-01', '2025-10-02']);
    await Promise.resolve();
    source.held.splice(0).forEach((release) => release());
    await new Promise((resolve) => setTimeout(resolve, 0));
    source.held.splice(0).forEach((release) => release());
    await second;
    expect(await first).toBe('alpha abstract');
    expect(source.reads).toEqual([['2025-10-01'], ['2025-10-02']]);
  });

  it('drops a read of a day that an import changed meanwhile, and reads it again', async () => {
    const source = reader(days);
    const cache = new AbstractCache(source.read);
    source.setHold(true);
    const stale = cache.load(['2025-10-01']);
    await Promise.resolve();
    cache.forget(['2025-10-01']);
    source.held.splice(0).forEach((release) => release());
    await stale;
    expect(cache.size).toBe(0);
    source.setHold(false);
    expect(await cache.get('2025-10-01', 'a')).toBe('alpha abstract');
    expect(source.reads).toHaveLength(2);
  });

  it('prefetches every day, skipping those already kept, and answers from memory afterwards', async () => {
    const source = reader(days);
    const cache = new AbstractCache(source.read);
    cache.remember('2025-10-02', new Map([['b', 'beta abstract']]));
    await cache.prefetch(['2025-10-03', '2025-10-02', '2025-10-01']);
    expect(cache.size).toBe(3);
    expect(source.reads.flat().sort()).toEqual(['2025-10-01', '2025-10-03']);
    expect(await cache.get('2025-10-03', 'c')).toBe('gamma abstract');
    expect(await cache.get('2025-10-03', 'missing')).toBe('');
    expect(source.reads.flat()).toHaveLength(2);
  });
});
