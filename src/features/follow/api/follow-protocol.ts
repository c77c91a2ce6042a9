import type { FollowCount, PaperRef } from '../../../domain/follow/follow-counter.ts';

/** What the page asks the follow service (in its worker, or on the page) and what it answers. */
export type MarkTarget = { followId: string } | { before: string };

export interface FollowPapers {
  refs: PaperRef[];
  total: number;
  newestDay?: string;
}

export interface CountsEvent {
  type: 'counts';
  counts: Record<string, FollowCount>;
  /** Unread papers of all follows together, each once. */
  totalUnread: number;
  /** Papers the worker holds: 0 until its first read of the stored days is done. */
  papers: number;
  ready: boolean;
  /** Time from the change the worker saw to these counts. */
  tookMs: number;
}

/** What the service tells the page unasked; answers come back from its methods. */
export type FollowEvent = CountsEvent;
