import { beforeEach, describe, expect, it } from 'vitest';
import { makePaper } from '../testing/make-paper.ts';
import { resetDbForTests } from './database.ts';
import { readLibrary, toggleBookmark } from './library-repo.ts';
import { countPapers, listDatesWithPapers, listShards, upsertPapers } from './papers-repo.ts';
import { isRead, markRead } from './read-state-repo.ts';
import { removeDemoPapers } from './replace-demo-repo.ts';

const shard = (count: number) => ({ key: 'corpus/2026-11', source: 'corpus', month: '2026-11', hash: 'abcdef0123', count, importedAt: 1 });

beforeEach(resetDbForTests);

describe('replacing the demo papers', () => {
  it('removes the corpus papers and keeps the library', async () => {
    const demo = [makePaper({ id: 'd1', date: '2026-11-02' }), makePaper({ id: 'd2', date: '2026-11-03' })];
    await upsertPapers(demo, { shard: shard(2) });
    await toggleBookmark(demo[0]!);
    await markRead('d2');

    expect(await removeDemoPapers()).toBe(true);

    expect(await listDatesWithPapers()).toEqual([]);
    expect(await listShards()).toEqual([]);
    expect(await countPapers()).toBe(0);
    expect((await readLibrary()).bookmarks.map((b) => b.paperId)).toEqual(['d1']);
    expect(await isRead('d2')).toBe(true);
  });

  it('removes nothing when papers from elsewhere are stored too', async () => {
    await upsertPapers([makePaper({ id: 'd1', date: '2026-11-02' })], { shard: shard(1) });
    await upsertPapers([makePaper({ id: 'f1', date: '2025-10-03' })]);

    expect(await removeDemoPapers()).toBe(false);
    expect(await listDatesWithPapers()).toEqual(['2025-10-03', '2026-11-02']);
  });
});
