import { beforeEach, describe, expect, it } from 'vitest';
import { makePaper } from '../testing/make-paper.ts';
import { getDb, resetDbForTests } from './database.ts';
import { countPapers, getPaper, listDatesWithPapers, listPapersByDay, listPapersByOrg, newestDate, upsertPapers } from './papers-repo.ts';
import { putBookmarkForTests } from '../testing/library-fixtures.ts';

beforeEach(resetDbForTests);

describe('upsertPapers', () => {
  it('stores papers in day rows in upvote order, ties by id', async () => {
    await upsertPapers([
      makePaper({ id: 'b', upvotes: 5 }),
      makePaper({ id: 'a', upvotes: 5 }),
      makePaper({ id: 'c', upvotes: 9 }),
      makePaper({ id: 'd', date: '2025-10-02', upvotes: 1 }),
    ]);
    expect((await listPapersByDay('2025-10-03')).map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(await listDatesWithPapers()).toEqual(['2025-10-02', '2025-10-03']);
    expect(await newestDate()).toBe('2025-10-03');
    expect(await countPapers()).toBe(4);
  });

  it('is idempotent: the same papers twice leave the same rows', async () => {
    const papers = [makePaper({ id: 'x' }), makePaper({ id: 'y', date: '2025-10-01' })];
    expect(await upsertPapers(papers)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    const before = await getDb().days.toArray();
    expect(await upsertPapers(papers)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await getDb().days.toArray()).toEqual(before);
    expect(await countPapers()).toBe(2);
  });

  it('updates a changed paper in place and re-sorts its day', async () => {
    await upsertPapers([makePaper({ id: 'x', upvotes: 1 }), makePaper({ id: 'y', upvotes: 2 })]);
    expect(await upsertPapers([makePaper({ id: 'x', upvotes: 50 })])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await listPapersByDay('2025-10-03')).map((p) => [p.id, p.upvotes])).toEqual([
      ['x', 50],
      ['y', 2],
    ]);
  });

  it('keeps a paper featured on two days on the earlier day, whatever the order', async () => {
    await upsertPapers([makePaper({ id: 'x', date: '2025-06-05' })]);
    await upsertPapers([makePaper({ id: 'x', date: '2025-05-27' })]);
    expect((await getPaper('x'))?.date).toBe('2025-05-27');
    expect(await listDatesWithPapers()).toEqual(['2025-05-27']);
    await upsertPapers([makePaper({ id: 'x', date: '2025-06-05' })]);
    expect(await listDatesWithPapers()).toEqual(['2025-05-27']);
    expect(await countPapers()).toBe(1);
  });

  it('dedupes a paper listed twice in one batch', async () => {
    const p = makePaper({ id: 'dup' });
    expect(await upsertPapers([p, p])).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await listPapersByDay(p.date)).toHaveLength(1);
  });

  it('never touches bookmarks', async () => {
    const p = makePaper({ id: 'kept' });
    await upsertPapers([p]);
    await putBookmarkForTests(p);
    await upsertPapers([{ ...p, upvotes: 99 }]);
    expect(await getDb().bookmarks.get('kept')).toMatchObject({ paperId: 'kept', snapshot: p });
  });

  it('finds papers by organization', async () => {
    await upsertPapers([
      makePaper({ id: 'o1', organization: { name: 'NYCU', fullname: 'National Yang Ming Chiao Tung University' } }),
      makePaper({ id: 'o2', date: '2025-10-01', organization: { name: 'NYCU' } }),
      makePaper({ id: 'o3', organization: { name: 'Other' } }),
    ]);
    expect((await listPapersByOrg('NYCU')).map((p) => p.id)).toEqual(['o1', 'o2']);
  });
});
