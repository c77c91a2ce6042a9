import type { EntryIssue } from '../../../domain/corpus/import-issue.ts';
import type { FailureKind } from '../../../domain/corpus/hf-daily-fetch.ts';

/** What one live refresh did: the days that arrived, and where it stopped if it failed. */
export interface RefreshReport {
  /** The days asked for; absent when the stored papers were already current. */
  from?: string;
  to?: string;
  /** Days with papers, oldest first. */
  days: { date: string; papers: number }[];
  /** Days asked for that had no list (weekends). */
  emptyDays: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: EntryIssue[];
  /** The first day that failed; later days were not asked for. */
  failed?: { date: string; kind: FailureKind; reason: string };
  /** More days remain after `to` (a refresh fetches at most a month). */
  more: boolean;
}
