import { beforeEach, describe, expect, it } from 'vitest';
import { makePaper } from '../testing/make-paper.ts';
import { getDb, resetDbForTests } from './database.ts';
import { readAbstracts, readPagesOfDay } from './abstract-pages-repo.ts';
import { upsertPapers } from './papers-repo.ts';

beforeEach(resetDbForTests);

const DAY = '2025-10-01';

describe('abstract pages', () => {
  it('hold each abstract once, in pages of 64 written with the day row, and follow a day that shrinks', async () => {
    // 70 papers: two pages; upvotes make the day's order p0..p69.
    const papers = Array.from({ length: 70 }, (_, i) => makePaper({ id: `p${i}`, date: DAY, upvotes: 1000 - i, abstract: `abstract ${i}` }));
    await upsertPapers(papers);
    const pages = await readPagesOfDay(DAY);
    expect(pages.map((p) => [p.page, p.ids.length])).toEqual([[0, 64], [1, 6]]);
    expect(pages[1]!.texts[5]).toBe('abstract 69');
    const found = await readAbstracts([{ date: DAY, id: 'p66', position: 66 }, { date: DAY, id: 'p3', position: 3 }]);
    expect(found.get('p66')).toBe('abstract 66');
    expect(found.get('p3')).toBe('abstract 3');

    // A wrong position (the day changed since indexing) still finds the paper on its day.
    expect((await readAbstracts([{ date: DAY, id: 'p66', position: 0 }])).get('p66')).toBe('abstract 66');
    // A paper no longer stored is absent.
    expect((await readAbstracts([{ date: '2025-10-02', id: 'gone', position: 0 }])).has('gone')).toBe(false);

    // A day written again with fewer papers loses the pages it no longer has; a deleted day loses all.
    await getDb().days.put({ date: DAY, papers: [papers[0]!], orgs: [] });
    expect((await readPagesOfDay(DAY)).map((p) => p.ids)).toEqual([['p0']]);
    await getDb().days.delete(DAY);
    expect(await readPagesOfDay(DAY)).toEqual([]);
  });
});
