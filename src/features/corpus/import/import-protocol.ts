import type { ImportReport } from './import-report.ts';
import type { RefreshReport } from './refresh-report.ts';
import type { ArxivRefreshReport } from './arxiv-refresh.ts';

/** What the page asks the import service (in its worker, or on the page), and its events. */
export type ImportRequest =
  /**
   * `skipDemo`: the reader replaced the demo with real papers, so a demo manifest's shards are not imported again.
   * `firstMonths`: shards to fetch before the others (the month of a paper a deep link asks for).
   */
  | { type: 'sync-corpus'; baseUrl: string; skipDemo?: boolean; firstMonths?: string[] }
  /** Files a person picked or dropped; `File` objects are cheap handles, the worker reads them. */
  | { type: 'import-files'; files: File[] }
  /** Fetch the days after the newest stored day, up to `today` (the page's UTC day), from `baseUrl` only. */
  /** `replaceDemo`: first remove the demo corpus's papers and fetch the last weeks in their place. */
  | { type: 'live-refresh'; baseUrl: string; today: string; replaceDemo?: boolean }
  /** Fetch the announcement feeds of `categories` from arXiv or a mirror at `baseUrl`. */
  | { type: 'arxiv-refresh'; baseUrl: string; categories: string[] };

export interface ImportProgress {
  /** Papers (or, for picked files, files) handled so far, of `total`. */
  done: number;
  total: number;
  /** What is happening, for people: "Fetching 2025-10", "Storing 2025-10". */
  label: string;
}

export type ImportEvent =
  /** Another tab is importing the corpus: this one waits for its turn (Web Locks). */
  | { type: 'waiting' }
  | { type: 'started'; total: number; files: number }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'refreshed'; report: RefreshReport }
  | { type: 'arxiv-refreshed'; report: ArxivRefreshReport }
  | { type: 'failed'; code: string; message: string };

/** Events after which the worker has nothing more to say. */
export function isFinalEvent(event: ImportEvent): boolean {
  return event.type === 'done' || event.type === 'refreshed' || event.type === 'arxiv-refreshed' || event.type === 'failed';
}
