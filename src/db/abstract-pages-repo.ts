import { getDb } from './database.ts';
import type { AbstractPageRecord } from './schema.ts';

/** Abstracts per page: a page is ~80 KB, small enough that reading 20 costs a few ms. */
export const ABSTRACT_PAGE_SIZE = 64;
const PREFIX = 'abstracts/';

export function abstractPageKey(date: string, page: number): string {
  return `${PREFIX}${date}/${page}`;
}

/** The day a page key belongs to. */
export function dateOfPageKey(key: string): string {
  return key.slice(PREFIX.length, key.lastIndexOf('/'));
}

/** The pages live beside the stored index (same table, their own key prefix). */
function pages() {
  return getDb().table<AbstractPageRecord, string>('searchIndex');
}

/** The pages stored under `keys`, in that order (undefined where missing). */
export async function readAbstractPages(keys: readonly string[]): Promise<(AbstractPageRecord | undefined)[]> {
  return pages().bulkGet([...keys]);
}

/** Every stored page of each of `dates`, by day, in one transaction. */
export async function readAbstractPagesOfDays(dates: readonly string[]): Promise<Map<string, AbstractPageRecord[]>> {
  const db = getDb();
  return db.transaction('r', db.searchIndex, async () => {
    const out = new Map<string, AbstractPageRecord[]>();
    for (const date of dates) out.set(date, await pages().where('key').between(`${PREFIX}${date}/`, `${PREFIX}${date}/\uffff`).toArray());
    return out;
  });
}

/** Days that have pages stored (keys only). */
export async function listPagedDates(): Promise<Set<string>> {
  const keys = (await pages().where('key').startsWith(PREFIX).primaryKeys()) as string[];
  return new Set(keys.map(dateOfPageKey));
}

/** Replaces the pages of each given day (a day with no abstracts just loses its pages). */
export async function writeAbstractPages(days: ReadonlyMap<string, AbstractPageRecord[]>): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.searchIndex, async () => {
    for (const date of days.keys()) await pages().where('key').between(`${PREFIX}${date}/`, `${PREFIX}${date}/\uffff`).delete();
    await pages().bulkPut([...days.values()].flat());
  });
}

/** Deletes the pages of days that changed: they are stale until written again. */
export async function deleteAbstractPages(dates: Iterable<string>): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.searchIndex, async () => {
    for (const date of dates) await pages().where('key').between(`${PREFIX}${date}/`, `${PREFIX}${date}/\uffff`).delete();
  });
}
