import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { addFollow } from '../../../db/follow-repo.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { makeFollow } from '../../../domain/follow/follow-types.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { FollowService } from './follow-service.ts';
import type { CountsEvent, FollowEvent } from './follow-protocol.ts';

const DAYS = 40;
const follow = makeFollow('author', 'Ada Lovelace', 'Ada Lovelace', 1);
let service: FollowService | undefined;

beforeEach(async () => {
  await resetDbForTests();
  // One paper by Ada on each of 40 days: more days than one slice of the cold read.
  const day = (i: number) => new Date(Date.UTC(2025, 8, 1 + i)).toISOString().slice(0, 10);
  await upsertPapers(Array.from({ length: DAYS }, (_, i) => makePaper({ date: day(i), authors: ['Ada Lovelace'] })));
  await addFollow(follow);
});
afterEach(() => service?.dispose());

/** Starts a service that sends counts after every slice of days, and collects what it sends. */
function start(): { counts: CountsEvent[]; ready: Promise<CountsEvent> } {
  const counts: CountsEvent[] = [];
  let resolve: (event: CountsEvent) => void;
  const ready = new Promise<CountsEvent>((r) => (resolve = r));
  service = new FollowService((event: FollowEvent) => {
    if (event.type !== 'counts') return;
    counts.push(event);
    if (event.ready) resolve(event);
  }, 0);
  return { counts, ready };
}

describe('the follow service cold start', () => {
  it('sends counts for the stored follows while it is still reading the days, newest days first', async () => {
    const { counts, ready } = start();
    const done = await ready;
    expect(done.counts[follow.id]).toMatchObject({ total: DAYS, unread: DAYS });
    // Before every day was read, counts of the follow already went out (not an empty set
    // waiting for the whole corpus, which at 100k papers on a busy device took a minute).
    const early = counts.filter((c) => !c.ready && (c.counts[follow.id]?.total ?? 0) > 0);
    expect(early.length).toBeGreaterThan(0);
    expect(early[0]!.counts[follow.id]!.total).toBeLessThan(DAYS);
    expect(early[0]!.totalUnread).toBe(early[0]!.counts[follow.id]!.unread);
  });

  it('answers a follow’s papers newest day first once ready', async () => {
    const { ready } = start();
    await ready;
    const answer = await service!.papers(follow.id, { includeMuted: false, limit: 3 });
    expect(answer).toMatchObject({ total: DAYS, newestDay: '2025-10-10' });
  });
});
