import { forEachDay, readDays } from '../../../db/follow-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import type { Mute } from '../../../domain/follow/follow-types.ts';
import { compileMutes, muteKey, type MuteTest } from '../../../domain/follow/mute-match.ts';

/**
 * Which stored papers the reader's mutes hide, for search (the index holds neither whole
 * abstracts nor every author, so the rule runs on the day rows). Kept per day for the
 * current mutes: a change of mutes reads every day once, an import re-reads only the days
 * it changed. Calls run one at a time.
 */
export class MutedPapers {
  private key: string | undefined;
  private test: MuteTest;
  private byDay = new Map<string, string[]>();
  private complete = false;
  private stale = new Set<string>();
  private ids: Set<string> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  /** The days changed: their papers are tested again on the next call. */
  forget(dates: Iterable<string>): void {
    for (const date of dates) this.stale.add(date);
  }

  /** Ids of the stored papers these mutes hide; `undefined` when nothing is muted. */
  idsFor(mutes: readonly Mute[]): Promise<ReadonlySet<string> | undefined> {
    const next = this.queue.then(() => this.compute(mutes));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async compute(mutes: readonly Mute[]): Promise<ReadonlySet<string> | undefined> {
    if (!mutes.length) return undefined;
    const key = muteKey(mutes);
    if (key !== this.key) {
      this.key = key;
      this.test = compileMutes(mutes);
      this.byDay.clear();
      this.complete = false;
      this.ids = undefined;
    }
    if (!this.complete) {
      this.stale.clear();
      await forEachDay((date, papers) => this.keep(date, papers));
      this.complete = true;
    }
    if (this.stale.size) {
      const dates = [...this.stale];
      this.stale.clear();
      for (const [date, papers] of await readDays(dates)) this.keep(date, papers);
    }
    if (!this.ids) {
      this.ids = new Set();
      for (const ids of this.byDay.values()) for (const id of ids) this.ids.add(id);
    }
    return this.ids;
  }

  private keep(date: string, papers: readonly Paper[]): void {
    this.ids = undefined;
    const test = this.test!;
    const muted = papers.filter((p) => test(p)).map((p) => p.id);
    if (muted.length) this.byDay.set(date, muted);
    else this.byDay.delete(date);
  }
}
