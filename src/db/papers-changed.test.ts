import { beforeEach, describe, expect, it } from 'vitest';
import { makePaper } from '../testing/make-paper.ts';
import { resetDbForTests } from './database.ts';
import { listPapersByDay, upsertPapers } from './papers-repo.ts';
import { onPapersChanged, onPapersStored, papersOfStoredDay, type PapersChangedMessage } from './papers-changed.ts';
import { readPaperVersion } from './search-source-repo.ts';

beforeEach(resetDbForTests);

function nextMessages(count: number, on: (listener: (message: PapersChangedMessage) => void) => () => void = onPapersStored): Promise<PapersChangedMessage[]> {
  const seen: PapersChangedMessage[] = [];
  return new Promise((resolve) => {
    const stop = on((message) => {
      seen.push(message);
      if (seen.length === count) {
        stop();
        resolve(seen);
      }
    });
  });
}

describe('papers-changed announcements', () => {
  it('carry the rows each write stored and the paper version it committed, in commit order', async () => {
    const messages = nextMessages(2);
    await upsertPapers([makePaper({ id: 'a', upvotes: 3 }), makePaper({ id: 'b', upvotes: 9, date: '2025-10-02' })]);
    const afterFirst = await readPaperVersion();
    await upsertPapers([makePaper({ id: 'a', upvotes: 30, title: 'A changed title' })]);
    const [first, second] = await messages;
    expect(first!.stored!.version).toBe(afterFirst);
    expect(second!.stored!.version).toBe(afterFirst + 1);
    expect(second!.stored!.version).toBe(await readPaperVersion());
    expect(first!.dates.sort()).toEqual(['2025-10-02', '2025-10-03']);
    // What a listener rebuilds from the message is exactly what is stored.
    for (const day of second!.stored!.days) expect(papersOfStoredDay(day)).toEqual(await listPapersByDay(day.date));
    expect(papersOfStoredDay(second!.stored!.days[0]!)[0]!.title).toBe('A changed title');
  });

  it('reach the follow and recommend workers with the days only, not the rows they would decode and ignore', async () => {
    const [datesOnly, withRows] = await Promise.all([
      nextMessages(1, onPapersChanged),
      nextMessages(1),
      upsertPapers([makePaper({ id: 'a', date: '2025-10-02' })]),
    ]);
    expect(datesOnly[0]).toEqual({ type: 'papers-changed', dates: ['2025-10-02'] });
    expect(withRows[0]!.stored!.days.map((day) => day.date)).toEqual(['2025-10-02']);
  });
});
