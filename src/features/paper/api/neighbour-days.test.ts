import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { groupFeed, neighbours } from '../../../domain/feed/feed-groups.ts';
import type { FeedSort } from '../../../domain/feed/feed-sort.ts';
import { periodContaining } from '../../../domain/feed/period.ts';
import { rememberPeriodPapers } from '../../../hooks/use-period-papers.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { readNeighbourDays } from './neighbour-days.ts';

// A week of five featured days, three papers each; upvotes interleave across days, so the
// week ranked by upvotes mixes them, and submission times order each day differently.
const DATES = ['2025-09-29', '2025-09-30', '2025-10-01', '2025-10-02', '2025-10-03'];
const papers: Paper[] = DATES.flatMap((date, d) =>
  [0, 1, 2].map((i) =>
    makePaper({ id: `2509.${d}000${i}`, title: `P${d}${i}`, date, upvotes: 10 * i + d, publishedAt: `${date}T0${5 - i}:00:00Z` }),
  ),
);
const week = periodContaining('week', '2025-10-01');
// A period never seen by a view: the memory of the last few periods is per module.
const otherWeek = (n: number) => ({ ...week, key: `${week.key}#${n}` });
let testNo = 0;

/** Dates of the day rows read (through Dexie, after the codec) while `run` runs. */
async function rowsRead(run: () => Promise<unknown>): Promise<string[]> {
  const dates: string[] = [];
  const hook = (row: { date: string }) => {
    dates.push(row.date);
    return row;
  };
  getDb().days.hook('reading', hook);
  try {
    await run();
  } finally {
    getDb().days.hook('reading').unsubscribe(hook);
  }
  return dates.sort();
}

const expected = (sort: FeedSort, id: string) => neighbours(groupFeed(DATES.map((date) => ({ date, papers: papers.filter((p) => p.date === date) })), sort).papers, id);
const found = async (sort: FeedSort, paper: Paper, period = otherWeek(++testNo)) => neighbours(groupFeed(await readNeighbourDays(paper, period, sort), sort).papers, paper.id);
const ids = (n: { previous?: Paper; next?: Paper }) => [n.previous?.id, n.next?.id];

beforeEach(async () => {
  await resetDbForTests();
  await upsertPapers(papers);
});

describe('readNeighbourDays (a paper page opened from a week or month)', () => {
  it('finds the same neighbours as the whole period, for every paper and both sorts', async () => {
    for (const sort of ['newest', 'upvotes'] as const) {
      for (const paper of papers) expect(ids(await found(sort, paper)), `${sort} ${paper.id}`).toEqual(ids(expected(sort, paper.id)));
    }
  });

  it('newest first: reads only its own day when the paper is inside it, and one more day at its edge', async () => {
    const middle = papers.find((p) => p.title === 'P21')!;
    expect(await rowsRead(() => found('newest', middle))).toEqual(['2025-10-01']);
    // P20 is the newest of 2025-10-01 (05:00): its previous paper is the last of the newer day.
    const first = papers.find((p) => p.title === 'P20')!;
    expect(await rowsRead(() => found('newest', first))).toEqual(['2025-10-01', '2025-10-02']);
  });

  it('ranked by upvotes: reads the week once, then steps from memory', async () => {
    const period = otherWeek(++testNo);
    const [a, b] = [papers[4]!, papers[9]!];
    expect(await rowsRead(() => found('upvotes', a, period))).toEqual(DATES);
    expect(await rowsRead(() => found('upvotes', b, period))).toEqual([b.date]);
    expect(ids(await found('upvotes', b, period))).toEqual(ids(expected('upvotes', b.id)));
  });

  it('reads only its own day when the view it came from has just read the week', async () => {
    const period = otherWeek(++testNo);
    rememberPeriodPapers(period, DATES.map((date) => ({ date, papers: papers.filter((p) => p.date === date) })));
    expect(await rowsRead(() => found('upvotes', papers[7]!, period))).toEqual([papers[7]!.date]);
  });

  it('reads its day alone when opened from a day view', async () => {
    expect(await rowsRead(() => found('upvotes', papers[3]!, periodContaining('day', papers[3]!.date)))).toEqual([papers[3]!.date]);
  });
});
