import type { IndexablePaper } from '../domain/search/build-segment.ts';
import { getDb } from './database.ts';
import { PAPER_VERSION_KEY } from './day-row-codec.ts';
import type { SearchIndexRecord } from './schema.ts';

/**
 * What the search worker reads: day rows (in the worker itself, never posted from the
 * page), bookmark ids, and its own persisted index.
 */

const INDEX_KEY = 'index';
/** Day rows read per request while building: a few MB each, so memory stays flat. */
const DAYS_PER_READ = 16;

/** Every stored paper, day by day, oldest day first; `onDay` may drop each batch afterwards. */
export async function forEachStoredDay(onDay: (date: string, papers: IndexablePaper[]) => void): Promise<void> {
  const db = getDb();
  const dates = (await db.days.toCollection().primaryKeys()) as string[];
  for (let i = 0; i < dates.length; i += DAYS_PER_READ) {
    const rows = await db.days.bulkGet(dates.slice(i, i + DAYS_PER_READ));
    for (const row of rows) if (row) onDay(row.date, row.papers);
  }
}

/** The papers now stored on `dates`, by day (days without papers are left out). */
export async function readPapersByDay(dates: Iterable<string>): Promise<Map<string, IndexablePaper[]>> {
  const rows = await getDb().days.bulkGet([...dates]);
  return new Map(rows.flatMap((row) => (row ? [[row.date, row.papers] as const] : [])));
}

/** Ids of bookmarked papers. */
export async function readBookmarkIds(): Promise<Set<string>> {
  return new Set((await getDb().bookmarks.toCollection().primaryKeys()) as string[]);
}

/**
 * The paper version: bumped in the same transaction as every write of papers (see
 * day-row-codec.ts). Read it *before* reading rows, so an index built from them can only
 * claim an older version than it holds, never a newer one.
 */
export async function readPaperVersion(): Promise<number> {
  const value = (await getDb().meta.get(PAPER_VERSION_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

export async function loadStoredIndex(): Promise<SearchIndexRecord | undefined> {
  return getDb().searchIndex.get(INDEX_KEY);
}

export async function saveStoredIndex(record: Omit<SearchIndexRecord, 'key'>): Promise<void> {
  await getDb().searchIndex.put({ ...record, key: INDEX_KEY });
}
