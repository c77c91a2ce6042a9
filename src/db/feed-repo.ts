import type { Paper } from '../domain/corpus/paper-schema.ts';
import { getDb } from './database.ts';
import type { DayRecord } from './schema.ts';

/**
 * Reads for the feed views. Day rows hold whole days, so a period view is a key range
 * and a day view a single `get`; these functions add what those views need on top.
 */

/** The newest day row of `from`..`to`: read alone first so a long view paints its first card fast. */
export async function newestDayBetween(from: string, to: string): Promise<DayRecord | undefined> {
  return getDb().days.where('date').between(from, to, true, true).last();
}

/** The days of `from`..`to` that have a row, oldest first: keys only, no row is read. */
export async function listDatesBetween(from: string, to: string): Promise<string[]> {
  return (await getDb().days.where('date').between(from, to, true, true).primaryKeys()) as string[];
}

/** Day rows read per step of a scan: a few MB, so results show up while it runs. */
const SCAN_ROWS = 8;

export interface ScanProgress {
  /** Papers found so far, newest day first. */
  papers: Paper[];
  scannedDays: number;
  totalDays: number;
  done: boolean;
}

/**
 * Papers that list `name` among their authors, newest day first, reported after each
 * slice of day rows so the page fills in while the scan runs; stops when `signal` aborts.
 *
 * Why a scan and no index: a multi-entry author index (`*authorNames`) roughly doubles
 * import time (24 s → 40–47 s for 100k papers, docs: PERFORMANCE.md), and every reader
 * pays it, while author pages are an occasional click. Matching is exact on the name.
 */
export async function listPapersByAuthor(
  name: string,
  onProgress: (progress: ScanProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  const db = getDb();
  const dates = ((await db.days.toCollection().primaryKeys()) as string[]).reverse();
  const papers: Paper[] = [];
  for (let i = 0; i < dates.length; i += SCAN_ROWS) {
    if (signal?.aborted) return;
    const rows = await db.days.bulkGet(dates.slice(i, i + SCAN_ROWS));
    for (const row of rows) for (const paper of row?.papers ?? []) if (paper.authors.includes(name)) papers.push(paper);
    if (signal?.aborted) return;
    const scannedDays = Math.min(dates.length, i + SCAN_ROWS);
    onProgress({ papers: [...papers], scannedDays, totalDays: dates.length, done: scannedDays === dates.length });
  }
  if (dates.length === 0) onProgress({ papers, scannedDays: 0, totalDays: 0, done: true });
}
