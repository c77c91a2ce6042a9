import { describe, expect, it } from 'vitest';
import type { AbstractPageRecord } from '../../../db/schema.ts';
import { AbstractCache, toPages, type AbstractRef, type AbstractSource } from './abstract-cache.ts';

type Days = Record<string, Record<string, string>>;

/** An in-memory AbstractSource recording what was read; reads can be held open. */
function memorySource(days: Days, pagedDays: string[] = []) {
  const pages = new Map<string, AbstractPageRecord>();
  for (const date of pagedDays) for (const p of toPages(date, new Map(Object.entries(days[date]!)))) pages.set(p.key, p);
  const log: string[] = [];
  const held: (() => void)[] = [];
  let hold = false;
  const wait = async () => {
    if (hold) await new Promise<void>((resolve) => held.push(resolve));
  };
  const source: AbstractSource = {
    async readDays(dates) {
      log.push(`days ${dates.join(',')}`);
      const out = new Map(dates.filter((d) => days[d]).map((d) => [d, new Map(Object.entries(days[d]!))]));
      await wait();
      return out;
    },
    async readPages(keys) {
      log.push(`pages ${keys.join(',')}`);
      const out = keys.map((k) => pages.get(k));
      await wait();
      return out;
    },
    async readPagesOfDays(dates) {
      log.push(`paged days ${dates.join(',')}`);
      return new Map(dates.map((d) => [d, [...pages.values()].filter((p) => p.date === d)]));
    },
    async listPagedDates() {
      return new Set([...pages.values()].map((p) => p.date));
    },
    async writePages(written) {
      for (const [date, list] of written) {
        for (const key of [...pages.keys()]) if (pages.get(key)!.date === date) pages.delete(key);
        for (const p of list) pages.set(p.key, p);
      }
    },
    async deletePages(dates) {
      for (const date of dates) for (const key of [...pages.keys()]) if (pages.get(key)!.date === date) pages.delete(key);
    },
  };
  return { source, log, pages, held, setHold: (value: boolean) => (hold = value) };
}

const ref = (date: string, id: string, position: number): AbstractRef => ({ date, id, position });
const release = (held: (() => void)[]) => held.splice(0).forEach((resolve) => resolve());

describe('AbstractCache', () => {
  // 70 papers on one day: two pages of 64 and 6.
  const big = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`p${i}`, `text ${i}`]));
  const days: Days = { '2025-10-01': big, '2025-10-02': { b: 'beta' }, '2025-10-03': { c: 'gamma' } };

  it('reads just the page of a paper when its day has pages, else the day row', async () => {
    const { source, log } = memorySource(days, ['2025-10-01']);
    const cache = new AbstractCache(source);
    expect(await cache.get(ref('2025-10-01', 'p66', 66))).toBe('text 66');
    expect(await cache.get(ref('2025-10-02', 'b', 0))).toBe('beta');
    expect(log).toEqual(['pages abstracts/2025-10-01/1', 'days 2025-10-02']);
  });

  it('falls back to the day row when the page does not hold the paper (a wrong position)', async () => {
    const { source, log } = memorySource(days, ['2025-10-01']);
    const cache = new AbstractCache(source);
    expect(await cache.get(ref('2025-10-01', 'p66', 3))).toBe('text 66');
    expect(log).toEqual(['pages abstracts/2025-10-01/0', 'days 2025-10-01']);
  });

  it('reads a day once, even when two searches ask for it while it is being read', async () => {
    const { source, log, held, setHold } = memorySource(days);
    const cache = new AbstractCache(source);
    setHold(true);
    const first = cache.get(ref('2025-10-02', 'b', 0));
    const second = cache.load([ref('2025-10-02', 'b', 0), ref('2025-10-03', 'c', 0)]);
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      release(held);
    }
    await second;
    expect(await first).toBe('beta');
    expect(log).toEqual(['days 2025-10-02', 'days 2025-10-03']);
  });

  it('drops a read of a day that an import changed meanwhile, and reads it again', async () => {
    const { source, log, held, setHold } = memorySource(days);
    const cache = new AbstractCache(source);
    setHold(true);
    const stale = cache.load([ref('2025-10-02', 'b', 0)]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    cache.forget(['2025-10-02']);
    release(held);
    await stale;
    expect(cache.size).toBe(0);
    setHold(false);
    expect(await cache.get(ref('2025-10-02', 'b', 0))).toBe('beta');
    expect(log).toEqual(['days 2025-10-02', 'days 2025-10-02']);
  });

  it('prefetches whole days from their pages where stored, and stores pages for the days it holds', async () => {
    const { source, log, pages } = memorySource(days, ['2025-10-01']);
    const cache = new AbstractCache(source);
    cache.remember('2025-10-03', new Map([['c', 'gamma']]));
    await cache.prefetch(['2025-10-03', '2025-10-02', '2025-10-01']);
    expect(cache.size).toBe(3);
    expect(log.sort()).toEqual(['days 2025-10-02', 'paged days 2025-10-01']);
    expect(await cache.get(ref('2025-10-01', 'p69', 69))).toBe('text 69');

    await cache.storePages(['2025-10-02', '2025-10-03']);
    expect([...pages.keys()].sort()).toEqual(['abstracts/2025-10-01/0', 'abstracts/2025-10-01/1', 'abstracts/2025-10-02/0', 'abstracts/2025-10-03/0']);
    // A changed day's pages are no longer trusted, in memory or once dropped from storage.
    cache.forget(['2025-10-01']);
    await cache.dropPages(['2025-10-01']);
    expect([...pages.keys()].filter((key) => key.includes('2025-10-01'))).toEqual([]);
    log.length = 0;
    expect(await cache.get(ref('2025-10-01', 'p1', 1))).toBe('text 1');
    expect(log).toEqual(['days 2025-10-01']);
  });
});
