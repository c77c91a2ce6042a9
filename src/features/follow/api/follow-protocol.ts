import type { FollowCount, PaperRef } from '../../../domain/follow/follow-counter.ts';

/** Messages between the page and the follow worker (or its main-thread fallback). */
export type MarkTarget = { followId: string } | { before: string };

export type FollowRequest =
  | { type: 'papers'; seq: number; followId: string; includeMuted: boolean; limit: number }
  | { type: 'mark-read'; seq: number; target: MarkTarget };

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

export type FollowEvent =
  | CountsEvent
  | { type: 'papers'; seq: number; refs: PaperRef[]; total: number; newestDay?: string }
  | { type: 'marked'; seq: number; count: number }
  | { type: 'failed'; seq: number; message: string };
