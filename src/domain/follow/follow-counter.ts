import type { Paper } from '../corpus/paper-schema.ts';
import { compileFollow, type PaperTest } from './follow-match.ts';
import { toFollowPaper, type FollowPaper } from './follow-paper.ts';
import type { Follow, Mute } from './follow-types.ts';
import { compileFollowPaperMutes } from './mute-match.ts';

export interface FollowCount {
  /** Papers of the follow, muted ones left out. */
  total: number;
  /** Of those, the ones not marked read. */
  unread: number;
  /** Of those, the ones from days after the follow was last opened (all of them before the first opening: none). */
  fresh: number;
  /** Why the follow matches nothing (a saved search that no longer parses), if so. */
  problem?: string;
}

export interface PaperRef {
  id: string;
  date: string;
}

interface Compiled {
  follow: Follow;
  test?: PaperTest;
  problem?: string;
  /** Matching paper ids, per day. */
  byDay: Map<string, string[]>;
}

/**
 * Keeps, for every follow, which papers it matches, day by day, so counting after a
 * change is set lookups only: a changed day re-tests that day's papers, a new read mark
 * re-counts, and only a new or changed follow tests every paper. See docs/follow.md.
 */
export class FollowCounter {
  private days = new Map<string, FollowPaper[]>();
  private follows = new Map<string, Compiled>();
  private muted = new Set<string>();
  private muteKey = '';
  private mutes: readonly Mute[] = [];
  private read: ReadonlySet<string> = new Set();
  /**
   * The last full count, kept so that a read mark (the common change) only adjusts it:
   * each follow's visible members, and how many follows hold each visible paper. Any other
   * change (a day, a follow, a mute) drops it and the next count is a full one.
   */
  private cache: { counts: Record<string, FollowCount>; members: Map<string, Set<string>>; holders: Map<string, number>; distinct: number } | undefined;

  get paperCount(): number {
    let n = 0;
    for (const papers of this.days.values()) n += papers.length;
    return n;
  }

  /** Stores (or replaces) a day's papers; an empty list removes the day. */
  setDay(date: string, papers: readonly Paper[]): void {
    this.cache = undefined;
    const old = this.days.get(date);
    if (old) for (const p of old) this.muted.delete(p.id);
    if (!papers.length) {
      this.days.delete(date);
      for (const c of this.follows.values()) c.byDay.delete(date);
      return;
    }
    const day = papers.map(toFollowPaper);
    this.days.set(date, day);
    const isMuted = compileFollowPaperMutes(this.mutes);
    if (isMuted) for (const p of day) if (isMuted(p)) this.muted.add(p.id);
    for (const c of this.follows.values()) this.matchDay(c, date, day);
  }

  /** Replaces the follows; only new or changed ones are matched against every paper. */
  setFollows(follows: readonly Follow[]): void {
    // The same follows again (a live query's first answer after the cold start) keep the cached count.
    let changed = follows.length !== this.follows.size;
    const next = new Map<string, Compiled>();
    for (const follow of follows) {
      const old = this.follows.get(follow.id);
      if (old && old.follow.target === follow.target && old.follow.kind === follow.kind) {
        if (old.follow.seenNewestDay !== follow.seenNewestDay) changed = true;
        next.set(follow.id, { ...old, follow });
        continue;
      }
      changed = true;
      const compiled = compileFollow(follow);
      const c: Compiled = compiled.ok ? { follow, test: compiled.test, byDay: new Map() } : { follow, problem: compiled.message, byDay: new Map() };
      for (const [date, day] of this.days) this.matchDay(c, date, day);
      next.set(follow.id, c);
    }
    this.follows = next;
    if (changed) this.cache = undefined;
  }

  setMutes(mutes: readonly Mute[]): void {
    const key = mutes.map((m) => m.id).sort().join('\n');
    if (key === this.muteKey) return;
    this.cache = undefined;
    this.muteKey = key;
    this.mutes = mutes;
    this.muted.clear();
    const isMuted = compileFollowPaperMutes(mutes);
    if (!isMuted) return;
    for (const day of this.days.values()) for (const p of day) if (isMuted(p)) this.muted.add(p.id);
  }

  setRead(read: ReadonlySet<string>): void {
    const before = this.read;
    this.read = read;
    const cache = this.cache;
    if (!cache) return;
    // Only the papers whose read state changed move counts: unread −1 for newly read, +1 for unread again.
    const adjust = (id: string, delta: number) => {
      if (!cache.holders.has(id)) return;
      cache.distinct -= delta;
      for (const [followId, members] of cache.members) if (members.has(id)) cache.counts[followId]!.unread -= delta;
    };
    for (const id of read) if (!before.has(id)) adjust(id, 1);
    for (const id of before) if (!read.has(id)) adjust(id, -1);
  }

  counts(): Record<string, FollowCount> {
    if (!this.cache) this.cache = this.fullCount();
    const out: Record<string, FollowCount> = {};
    for (const [id, count] of Object.entries(this.cache.counts)) out[id] = { ...count };
    return out;
  }

  /** Unread papers across all follows, each paper once however many follows it is in (the header's figure). */
  distinctUnread(): number {
    if (!this.cache) this.cache = this.fullCount();
    return this.cache.distinct;
  }

  private fullCount(): NonNullable<FollowCounter['cache']> {
    const out: Record<string, FollowCount> = {};
    const members = new Map<string, Set<string>>();
    const holders = new Map<string, number>();
    for (const [id, c] of this.follows) {
      const count: FollowCount = { total: 0, unread: 0, fresh: 0 };
      if (c.problem) count.problem = c.problem;
      const seen = c.follow.seenNewestDay;
      const visible = new Set<string>();
      for (const [date, ids] of c.byDay) {
        const isFresh = seen !== undefined && date > seen;
        for (const paperId of ids) {
          if (this.muted.has(paperId)) continue;
          visible.add(paperId);
          count.total++;
          if (!this.read.has(paperId)) count.unread++;
          if (isFresh) count.fresh++;
        }
      }
      for (const paperId of visible) holders.set(paperId, (holders.get(paperId) ?? 0) + 1);
      members.set(id, visible);
      out[id] = count;
    }
    let distinct = 0;
    for (const paperId of holders.keys()) if (!this.read.has(paperId)) distinct++;
    return { counts: out, members, holders, distinct };
  }

  /** A follow's papers (muted ones left out unless asked for), newest day first, at most `limit`. */
  papersOf(followId: string, options: { includeMuted?: boolean; unreadOnly?: boolean; limit?: number } = {}): PaperRef[] {
    const c = this.follows.get(followId);
    if (!c) return [];
    const out: PaperRef[] = [];
    const limit = options.limit ?? Infinity;
    const dates = [...c.byDay.keys()].sort().reverse();
    for (const date of dates) {
      for (const id of c.byDay.get(date)!) {
        if (!options.includeMuted && this.muted.has(id)) continue;
        if (options.unreadOnly && this.read.has(id)) continue;
        if (out.length >= limit) return out;
        out.push({ id, date });
      }
    }
    return out;
  }

  /** Every stored paper of days before `date` not yet read (for "mark read older than N days"). */
  unreadBefore(date: string): string[] {
    const out: string[] = [];
    for (const [day, papers] of this.days) if (day < date) for (const p of papers) if (!this.read.has(p.id)) out.push(p.id);
    return out;
  }

  /** The newest day the follow has papers on, muted or not. */
  newestDayOf(followId: string): string | undefined {
    const c = this.follows.get(followId);
    let newest: string | undefined;
    for (const date of c?.byDay.keys() ?? []) if (!newest || date > newest) newest = date;
    return newest;
  }

  private matchDay(c: Compiled, date: string, day: readonly FollowPaper[]): void {
    if (!c.test) return;
    const ids: string[] = [];
    for (const p of day) if (c.test(p)) ids.push(p.id);
    if (ids.length) c.byDay.set(date, ids);
    else c.byDay.delete(date);
  }
}
