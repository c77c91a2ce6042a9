import { getDb } from './database.ts';
import { isStorageFailure, toStorageError } from './storage-error.ts';

/** Library entries by kind: bookmarked papers by paper id, imported works by item id. */
export interface LibraryEntries {
  paperIds: readonly string[];
  itemIds: readonly string[];
}

/** Join one collection, leave another, or both (a move). */
export interface MembershipChange {
  join?: string;
  leave?: string;
}

export type MembershipOutcome = { ok: true; changed: number } | { ok: false; message: string };

const apply = (ids: string[], { join, leave }: MembershipChange) => {
  const rest = ids.filter((id) => id !== leave && id !== join);
  return join ? [...rest, join] : rest;
};

/**
 * Puts bookmarks and imported works into a collection, takes them out, or moves them from
 * one collection to another: one transaction over both tables, so a move never leaves an
 * entry in neither or both. Counts the entries whose collections changed.
 */
export async function changeCollectionMembership(entries: LibraryEntries, change: MembershipChange): Promise<MembershipOutcome> {
  const db = getDb();
  try {
    return await db.transaction('rw', [db.collections, db.bookmarks, db.libraryItems], async () => {
      if (change.join && !(await db.collections.get(change.join))) return { ok: false as const, message: 'That collection no longer exists.' };
      const [bookmarks, items] = await Promise.all([db.bookmarks.bulkGet([...entries.paperIds]), db.libraryItems.bulkGet([...entries.itemIds])]);
      const changed = <T extends { collectionIds: string[] }>(rows: (T | undefined)[]) =>
        rows.flatMap((row) => {
          if (!row) return [];
          const collectionIds = apply(row.collectionIds, change);
          return collectionIds.join('\u0000') === row.collectionIds.join('\u0000') ? [] : [{ ...row, collectionIds }];
        });
      const bookmarkRows = changed(bookmarks);
      const itemRows = changed(items);
      await db.bookmarks.bulkPut(bookmarkRows);
      await db.libraryItems.bulkPut(itemRows);
      return { ok: true as const, changed: bookmarkRows.length + itemRows.length };
    });
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error) : error;
  }
}
