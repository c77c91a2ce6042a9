import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from './database.ts';
import { abstractPageKey, deleteAbstractPages, listPagedDates, readAbstractPages, readAbstractPagesOfDays, writeAbstractPages } from './abstract-pages-repo.ts';
import { loadStoredIndex, saveStoredIndex } from './search-source-repo.ts';
import type { AbstractPageRecord } from './schema.ts';

beforeEach(resetDbForTests);

function page(date: string, n: number, ids: string[], dayCount = ids.length): AbstractPageRecord {
  return { key: abstractPageKey(date, n), date, dayCount, ids, texts: ids.map((id) => `abstract of ${id}`) };
}

describe('abstract pages', () => {
  it('stores pages by day beside the index, replaces a day whole, and deletes changed days', async () => {
    await saveStoredIndex({ format: 1, fingerprint: 'f', builtAt: 1, segments: [] });
    await writeAbstractPages(new Map([
      ['2025-10-01', [page('2025-10-01', 0, ['a', 'b'], 3), page('2025-10-01', 1, ['c'], 3)]],
      ['2025-10-02', [page('2025-10-02', 0, ['d'])]],
    ]));
    expect(await listPagedDates()).toEqual(new Set(['2025-10-01', '2025-10-02']));
    const [second, missing] = await readAbstractPages([abstractPageKey('2025-10-01', 1), abstractPageKey('2025-10-03', 0)]);
    expect(second?.texts).toEqual(['abstract of c']);
    expect(missing).toBeUndefined();

    // A day written again loses the pages it no longer has.
    await writeAbstractPages(new Map([['2025-10-01', [page('2025-10-01', 0, ['a'])]]]));
    expect((await readAbstractPagesOfDays(['2025-10-01'])).get('2025-10-01')!.map((p) => p.ids)).toEqual([['a']]);

    await deleteAbstractPages(['2025-10-01']);
    expect(await listPagedDates()).toEqual(new Set(['2025-10-02']));
    // The index record under its own key is untouched.
    expect((await loadStoredIndex())?.fingerprint).toBe('f');
  });
});
