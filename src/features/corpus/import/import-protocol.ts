import type { ImportReport } from './import-report.ts';

/** Messages between the page and the import worker. */
export type ImportRequest =
  | { type: 'sync-corpus'; baseUrl: string }
  | { type: 'cancel' };

export interface ImportProgress {
  /** Papers handled so far, of `total`. */
  done: number;
  total: number;
  /** What is happening, for people: "Fetching 2025-10", "Storing 2025-10". */
  label: string;
}

export type ImportEvent =
  | { type: 'started'; total: number; files: number }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; code: string; message: string };
