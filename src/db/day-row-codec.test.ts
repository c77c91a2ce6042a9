import { beforeEach, expect, it } from 'vitest';
import { makePaper } from '../testing/make-paper.ts';
import { DB_NAME, getDb, resetDbForTests } from './database.ts';
import { listDaysBetween, listPapersByDay, upsertPapers } from './papers-repo.ts';

beforeEach(resetDbForTests);

function readRawRow(date: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('days').objectStore('days').get(date);
      req.onsuccess = () => {
        open.result.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    };
  });
}

it('stores a day row as a JSON string without abstracts, the abstracts in their pages, and reads back whole papers', async () => {
  const paper = makePaper({ id: 'x', title: 'Ünïcode <b>title</b> $\\alpha$', abstract: 'The one copy of this abstract.' });
  await upsertPapers([paper]);
  const raw = await readRawRow(paper.date);
  expect(typeof raw.json).toBe('string');
  expect(raw.json).not.toContain('one copy');
  expect(raw.papers).toBeUndefined();
  expect(raw.orgs).toEqual([]);
  expect(raw.pages).toBe(1);
  expect(await getDb().abstracts.toArray()).toEqual([{ date: paper.date, page: 0, ids: ['x'], texts: [paper.abstract] }]);
  expect(await listPapersByDay(paper.date)).toEqual([paper]);
  expect((await listDaysBetween('2025-01-01', '2025-12-31'))[0]?.papers).toEqual([paper]);
  // A cursor cannot wait for the pages: it refuses instead of giving papers without abstracts.
  await expect(getDb().days.each(() => undefined)).rejects.toThrow(/cursor cannot join their abstracts/);
});

it('bumps the paper version in the same transaction as every paper write, and only then', async () => {
  const version = async () => (await getDb().meta.get('paperVersion'))?.value;
  expect(await version()).toBeUndefined();
  const paper = makePaper({ id: 'x', upvotes: 3 });
  await upsertPapers([paper]);
  expect(await version()).toBe(1);
  await upsertPapers([paper]); // unchanged: nothing written
  expect(await version()).toBe(1);
  await upsertPapers([{ ...paper, upvotes: 4 }]); // only the upvotes change: the counts do not
  expect(await version()).toBe(2);
  await getDb().days.delete(paper.date);
  expect(await version()).toBe(3);
  await getDb().days.clear();
  expect(await version()).toBe(4);
  expect(await getDb().abstracts.count()).toBe(0);
});
