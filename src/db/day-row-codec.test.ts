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

it('stores a day row as a JSON string and reads it back as papers', async () => {
  const paper = makePaper({ id: 'x', title: 'Ünïcode <b>title</b> $\\alpha$' });
  await upsertPapers([paper]);
  const raw = await readRawRow(paper.date);
  expect(typeof raw.json).toBe('string');
  expect(raw.papers).toBeUndefined();
  expect(raw.orgs).toEqual([]);
  expect(await listPapersByDay(paper.date)).toEqual([paper]);
  expect((await listDaysBetween('2025-01-01', '2025-12-31'))[0]?.papers).toEqual([paper]);
  const viaCursor: string[] = [];
  await getDb().days.each((row) => viaCursor.push(row.papers[0]!.title));
  expect(viaCursor).toEqual([paper.title]);
});
