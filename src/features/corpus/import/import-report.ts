import type { EntryIssue, FileError } from '../../../domain/corpus/import-issue.ts';

/** What an import did, shown to the person who started it. */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Entries not imported, each with file, entry, field and reason. */
  skipped: EntryIssue[];
  /** Entries imported without a bad value (e.g. a `javascript:` link). */
  fixed: EntryIssue[];
  /** Files refused as a whole: nothing from them was stored. */
  fileErrors: FileError[];
  /**
   * Shards that could not be fetched (offline, server down): not refused, still to come.
   * The page fetches them again when the browser is back online (issue #16).
   */
  pending: FileError[];
  /** Shards or files stored; shards whose hash had not changed are not counted. */
  filesImported: number;
  filesUnchanged: number;
  cancelled: boolean;
  durationMs: number;
  /** For picked files: the days that received papers, oldest first, with how many. */
  days?: { date: string; papers: number }[];
  /** For picked files: files read without error that held no papers at all (`[]`, a weekend's `1`). */
  emptyFiles?: string[];
}

export function emptyReport(): ImportReport {
  return {
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: [],
    fixed: [],
    fileErrors: [],
    pending: [],
    filesImported: 0,
    filesUnchanged: 0,
    cancelled: false,
    durationMs: 0,
  };
}

/** Reports can hold thousands of issues; the UI and the message channel only need a sample. */
export const MAX_REPORTED_ISSUES = 500;

export function pushCapped<T>(list: T[], items: readonly T[]): void {
  for (const item of items) {
    if (list.length >= MAX_REPORTED_ISSUES) return;
    list.push(item);
  }
}
