import { liveQuery, type Subscription } from 'dexie';
import { forEachDay, listFollows, listMutes, readDays } from '../../../db/follow-repo.ts';
import { onPapersChanged } from '../../../db/papers-changed.ts';
import { listReadIds, markAllRead } from '../../../db/read-state-repo.ts';
import { FollowCounter } from '../../../domain/follow/follow-counter.ts';
import type { FollowEvent, FollowPapers, MarkTarget } from './follow-protocol.ts';

/**
 * Owns the follow counts on one thread (the worker, or the page where workers are
 * unavailable): reads every stored day once, then keeps up with changes. Days come from
 * the import's "papers changed" announcements; follows, mutes and read marks from Dexie
 * live queries, which see writes from every tab and thread of the origin.
 */
/** How often counts so far are sent while the cold start reads every day. */
const PARTIAL_COUNTS_MS = 250;

export class FollowService {
  private readonly counter = new FollowCounter();
  private ready = false;
  private queue: Promise<unknown> = Promise.resolve();
  private subscriptions: Subscription[] = [];
  private unsubscribe: () => void = () => {};
  private readonly loaded: Promise<void>;

  /** `partialCountsMs`: how often counts so far go out during the cold start (tests send every slice). */
  constructor(
    private readonly emit: (event: FollowEvent) => void,
    private readonly partialCountsMs = PARTIAL_COUNTS_MS,
  ) {
    this.loaded = this.start();
    this.loaded.catch(() => undefined);
  }

  private async start(): Promise<void> {
    this.unsubscribe = onPapersChanged(({ dates }) => this.run(() => this.applyDays(dates)));
    // Follows, mutes and read marks first, so the counts can show while the days are read;
    // the live queries below then only bring changes.
    const [follows, mutes, read] = await Promise.all([listFollows(), listMutes(), listReadIds()]);
    this.counter.setFollows(follows);
    this.counter.setMutes(mutes);
    this.counter.setRead(new Set(read));
    const watch = <T>(query: () => Promise<T>, apply: (value: T) => void) =>
      this.subscriptions.push(
        liveQuery(query).subscribe({
          next: (value) => void this.run(async () => apply(value)),
          error: () => undefined,
        }),
      );
    watch(listFollows, (follows) => this.counter.setFollows(follows));
    watch(listMutes, (mutes) => this.counter.setMutes(mutes));
    watch(async () => new Set(await listReadIds()), (read) => this.counter.setRead(read));
    await this.run(async () => {
      // Counts so far go out as the days are read (newest first), not only once every day is:
      // at 100k papers on a busy device the whole read takes a minute.
      let shownAt = performance.now();
      await forEachDay(
        (date, papers) => this.counter.setDay(date, papers),
        () => {
          if (performance.now() - shownAt < this.partialCountsMs) return;
          this.emitCounts(0);
          shownAt = performance.now();
        },
      );
      this.ready = true;
    });
  }

  /** Changes apply one at a time, each followed by fresh counts. */
  private run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      const started = performance.now();
      const value = await work();
      this.emitCounts(performance.now() - started);
      return value;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async applyDays(dates: readonly string[]): Promise<void> {
    for (const [date, papers] of await readDays(dates)) this.counter.setDay(date, papers);
  }

  private emitCounts(workMs: number): void {
    const started = performance.now();
    const counts = this.counter.counts();
    this.emit({ type: 'counts', counts, totalUnread: this.counter.distinctUnread(), papers: this.counter.paperCount, ready: this.ready, tookMs: workMs + (performance.now() - started) });
  }

  /** A follow's papers, newest first: the first `limit` of them, and how many there are. */
  async papers(followId: string, { includeMuted, limit }: { includeMuted: boolean; limit: number }): Promise<FollowPapers> {
    await this.loaded;
    await this.queue;
    const all = this.counter.papersOf(followId, { includeMuted });
    return { refs: all.slice(0, limit), total: all.length, newestDay: this.counter.newestDayOf(followId) };
  }

  /** Marks a follow's unread papers (or every followed paper before a day) read; answers how many. */
  async markRead(target: MarkTarget): Promise<number> {
    await this.loaded;
    await this.queue;
    const ids = 'followId' in target ? this.counter.papersOf(target.followId, { unreadOnly: true }).map((p) => p.id) : this.counter.unreadBefore(target.before);
    await markAllRead(ids);
    return ids.length;
  }

  dispose(): void {
    this.unsubscribe();
    for (const s of this.subscriptions) s.unsubscribe();
  }
}
