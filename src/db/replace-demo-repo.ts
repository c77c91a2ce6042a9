import { getDb } from './database.ts';
import { announcePapersChanged } from './papers-changed.ts';
import { isStorageFailure, toStorageError } from './storage-error.ts';

const PAPER_COUNT_KEY = 'paperCount';

/**
 * Removes the demo corpus's papers before real ones are fetched in their place, in one
 * transaction: day rows, paper locations, shard records and the paper count. Only when
 * every stored paper came from the corpus shards (their counts add up to the stored
 * count); papers imported from files or fetched are never removed, so then nothing is.
 * Bookmarks, collections, notes and read marks are not touched (a bookmark keeps its
 * snapshot). Returns whether the papers were removed.
 */
export async function removeDemoPapers(): Promise<boolean> {
  const db = getDb();
  let dates: string[] = [];
  try {
    const removed = await db.transaction('rw', db.days, db.paperDays, db.shards, db.meta, async () => {
      const shards = await db.shards.toArray();
      const stored = (await db.meta.get(PAPER_COUNT_KEY))?.value;
      const fromShards = shards.reduce((sum, s) => sum + s.count, 0);
      if (typeof stored === 'number' && stored !== fromShards) return false;
      dates = (await db.days.toCollection().primaryKeys()) as string[];
      await Promise.all([db.days.clear(), db.paperDays.clear(), db.shards.clear()]);
      await db.meta.put({ key: PAPER_COUNT_KEY, value: 0 });
      return true;
    });
    announcePapersChanged(dates);
    return removed;
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error) : error;
  }
}
