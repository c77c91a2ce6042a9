import { getDb } from './database.ts';
import { withStorageErrors } from './storage-error.ts';

/**
 * Read state, as in feed readers: a paper opened is read; a day can be marked read at
 * once. Kept as one row per read paper (`reads`), so unread is simply "no row".
 */
const write = withStorageErrors;

export async function markRead(paperId: string, now = Date.now()): Promise<void> {
  const db = getDb();
  await write(() =>
    db.transaction('rw', db.reads, async () => {
      // The first time counts: opening a paper again does not rewrite the row.
      if (!(await db.reads.get(paperId))) await db.reads.put({ paperId, readAt: now });
    }),
  );
}

/** Marks a paper read if it is unread and unread if it is read; returns whether it is read now. */
export async function toggleRead(paperId: string, now = Date.now()): Promise<boolean> {
  const db = getDb();
  return write(() =>
    db.transaction('rw', db.reads, async () => {
      if (await db.reads.get(paperId)) {
        await db.reads.delete(paperId);
        return false;
      }
      await db.reads.put({ paperId, readAt: now });
      return true;
    }),
  );
}

/** Marks every paper of `paperIds` read (a whole day, say), in one transaction. */
export async function markAllRead(paperIds: readonly string[], now = Date.now()): Promise<void> {
  const db = getDb();
  await write(() =>
    db.transaction('rw', db.reads, async () => {
      const found = await db.reads.bulkGet([...paperIds]);
      const unread = paperIds.filter((_, i) => !found[i]);
      await db.reads.bulkPut(unread.map((paperId) => ({ paperId, readAt: now })));
    }),
  );
}

/**
 * Which of `paperIds` are read. Reads the keys of the reads table and intersects: a month
 * holds thousands of papers, and a bulkGet of every one of them on each change cost
 * 100+ ms tasks while an import was landing.
 */
export async function readAmong(paperIds: readonly string[]): Promise<Set<string>> {
  const read = new Set(await listReadIds());
  return new Set(paperIds.filter((id) => read.has(id)));
}

/** Ids of every paper marked read (keys only: cheap even with thousands). */
export async function listReadIds(): Promise<string[]> {
  return (await getDb().reads.toCollection().primaryKeys()) as string[];
}

export async function isRead(paperId: string): Promise<boolean> {
  return !!(await getDb().reads.get(paperId));
}

const SEEN_KEY = 'seenNewestDay';

/**
 * "New since your last visit": the newest day with papers that this browser has shown.
 * A visit reads it once when it starts (days newer than it are new during the visit),
 * then records the newest day it shows, for the next visit.
 */
export async function getSeenNewestDay(): Promise<string | undefined> {
  const value = (await getDb().meta.get(SEEN_KEY))?.value;
  return typeof value === 'string' ? value : undefined;
}

export async function recordSeenNewestDay(day: string): Promise<void> {
  const db = getDb();
  await write(() =>
    db.transaction('rw', db.meta, async () => {
      const seen = (await db.meta.get(SEEN_KEY))?.value;
      if (typeof seen !== 'string' || seen < day) await db.meta.put({ key: SEEN_KEY, value: day });
    }),
  );
}
