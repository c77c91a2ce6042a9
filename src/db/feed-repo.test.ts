import { beforeEach, describe, expect, it } from 'vitest';
import { makePaper } from '../testing/make-paper.ts';
import { resetDbForTests } from './database.ts';
import { listPapersByAuthor, newestDayBetween, type ScanProgress } from './feed-repo.ts';
import { upsertPapers } from './papers-repo.ts';

beforeEach(resetDbForTests);

describe('newestDayBetween', () => {
  it('reads only the newest day row of a range', async () => {
    await upsertPapers([makePaper({ date: '2025-10-01' }), makePaper({ date: '2025-10-03' }), makePaper({ date: '2025-11-01' })]);
    expect((await newestDayBetween('2025-10-01', '2025-10-31'))?.date).toBe('2025-10-03');
    expect(await newestDayBetween('2025-12-01', '2025-12-31')).toBeUndefined();
  });
});

describe('listPapersByAuthor', () => {
  it('finds the papers of an author, newest day first, reporting as it goes', async () => {
    const papers = Array.from({ length: 20 }, (_, i) =>
      makePaper({ id: `p${i}`, date: `2025-10-${String(i + 1).padStart(2, '0')}`, authors: i % 3 ? ['Ada Lovelace'] : ['Grace Hopper'] }),
    );
    await upsertPapers(papers);
    const reports: ScanProgress[] = [];
    await listPapersByAuthor('Grace Hopper', (p) => reports.push(p));
    expect(reports.length).toBeGreaterThan(1);
    const last = reports.at(-1)!;
    expect(last).toMatchObject({ done: true, scannedDays: 20, totalDays: 20 });
    expect(last.papers.map((p) => p.id)).toEqual(['p18', 'p15', 'p12', 'p9', 'p6', 'p3', 'p0']);
  });

  it('stops when aborted', async () => {
    await upsertPapers(Array.from({ length: 20 }, (_, i) => makePaper({ date: `2025-10-${String(i + 1).padStart(2, '0')}` })));
    const controller = new AbortController();
    const reports: ScanProgress[] = [];
    await listPapersByAuthor('Ada Lovelace', (p) => {
      reports.push(p);
      controller.abort();
    }, controller.signal);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.done).toBe(false);
  });
});
