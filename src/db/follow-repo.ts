import type { Follow, Mute } from '../domain/follow/follow-types.ts';
import { getDb } from './database.ts';
import type { DayRecord } from './schema.ts';
import { isStorageFailure, toStorageError } from './storage-error.ts';

/**
 * Follows and mutes: library data, kept in their own tables, in the backup, and never
 * written by a corpus import. Every write is one transaction; storage failures come out
 * as `StorageError`s.
 */
async function write<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error) : error;
  }
}

export async function listFollows(): Promise<Follow[]> {
  return getDb().follows.orderBy('createdAt').toArray();
}

export async function getFollow(id: string): Promise<Follow | undefined> {
  return getDb().follows.get(id);
}

/** Adds a follow; following what is already followed keeps the stored one. Returns whether it was new. */
export async function addFollow(follow: Follow): Promise<boolean> {
  const db = getDb();
  return write(() =>
    db.transaction('rw', db.follows, async () => {
      if (await db.follows.get(follow.id)) return false;
      await db.follows.add(follow);
      return true;
    }),
  );
}

export async function removeFollow(id: string): Promise<void> {
  await write(() => getDb().follows.delete(id));
}

/** Adds the follows of an imported list that are not followed yet, all or none; returns how many were new. */
export async function addFollows(follows: readonly Follow[]): Promise<number> {
  const db = getDb();
  return write(() =>
    db.transaction('rw', db.follows, async () => {
      const found = await db.follows.bulkGet(follows.map((f) => f.id));
      const fresh = follows.filter((_, i) => !found[i]);
      await db.follows.bulkAdd(fresh);
      return fresh.length;
    }),
  );
}

/** Records the newest day the reader has now seen of a follow: papers of later days are "new". */
export async function markFollowSeen(id: string, newestDay: string): Promise<void> {
  const db = getDb();
  await write(() =>
    db.transaction('rw', db.follows, async () => {
      const follow = await db.follows.get(id);
      if (follow && (!follow.seenNewestDay || follow.seenNewestDay < newestDay)) await db.follows.put({ ...follow, seenNewestDay: newestDay });
    }),
  );
}

export async function listMutes(): Promise<Mute[]> {
  return getDb().mutes.orderBy('id').toArray();
}

export async function addMute(mute: Mute): Promise<boolean> {
  const db = getDb();
  return write(() =>
    db.transaction('rw', db.mutes, async () => {
      if (await db.mutes.get(mute.id)) return false;
      await db.mutes.add(mute);
      return true;
    }),
  );
}

export async function isMuted(id: string): Promise<boolean> {
  return !!(await getDb().mutes.get(id));
}

export async function removeMute(id: string): Promise<void> {
  await write(() => getDb().mutes.delete(id));
}

/** Day rows read per step when the follow worker reads every paper: a few MB at a time. */
const DAY_SLICE = 16;

/** Every stored day's papers, newest day first, a slice of rows at a time (cold starts); `onSlice` after each slice. */
export async function forEachDay(onDay: (date: string, papers: DayRecord['papers']) => void, onSlice?: () => void): Promise<void> {
  const db = getDb();
  // Newest first: what a reader looks at first is counted first.
  const dates = ((await db.days.toCollection().primaryKeys()) as string[]).reverse();
  for (let i = 0; i < dates.length; i += DAY_SLICE) {
    const rows = await db.days.bulkGet(dates.slice(i, i + DAY_SLICE));
    rows.forEach((row, j) => onDay(dates[i + j]!, row?.papers ?? []));
    onSlice?.();
  }
}

/** The papers of these days (a day without a row has none). */
export async function readDays(dates: readonly string[]): Promise<Map<string, DayRecord['papers']>> {
  const rows = await getDb().days.bulkGet([...dates]);
  return new Map(dates.map((date, i) => [date, rows[i]?.papers ?? []]));
}
