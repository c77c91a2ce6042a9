import type { Paper } from '../domain/corpus/paper-schema.ts';
import { mergeLibrary, type MergeResult } from '../domain/library/merge-library.ts';
import { mergeSignals } from '../domain/recommend/signals.ts';
import type { LibraryData } from '../domain/library/library-types.ts';
import { mergeFollowData } from '../domain/follow/follow-merge.ts';
import type { Table } from 'dexie';
import { getDb } from './database.ts';
import type { BookmarkRecord, CollectionRecord, NoteRecord } from './schema.ts';
import { withStorageErrors } from './storage-error.ts';

/**
 * The reader's library: bookmarks, collections and notes. Every write is one transaction,
 * and storage failures come out as `StorageError`s (a full disk has code `quota`).
 * Dexie's live queries (this tab and every other tab) see each write once it commits.
 */
const write = withStorageErrors;

export interface ToggleResult {
  bookmarked: boolean;
  /** True when this was the library's first bookmark (time to ask for persistent storage). */
  first: boolean;
}

/** Bookmarks `paper` (keeping a snapshot of it), or removes its bookmark if it has one. */
export async function toggleBookmark(paper: Paper, now = Date.now()): Promise<ToggleResult> {
  const db = getDb();
  return write(() =>
    db.transaction('rw', db.bookmarks, async () => {
      if (await db.bookmarks.get(paper.id)) {
        await db.bookmarks.delete(paper.id);
        return { bookmarked: false, first: false };
      }
      const first = (await db.bookmarks.count()) === 0;
      await db.bookmarks.add({ paperId: paper.id, createdAt: now, snapshot: paper, collectionIds: [] });
      return { bookmarked: true, first };
    }),
  );
}

export async function getBookmark(paperId: string): Promise<BookmarkRecord | undefined> {
  return getDb().bookmarks.get(paperId);
}

/** Ids of every bookmarked paper (keys only). */
export async function listBookmarkedIds(): Promise<string[]> {
  return (await getDb().bookmarks.toCollection().primaryKeys()) as string[];
}

/**
 * Every bookmark, newest first. Read by primary key and sorted here: in a live query,
 * reading through an index makes Dexie record every row's key for change tracking
 * (thousands of tree inserts on the page after a big import; a key range costs one).
 */
export async function listBookmarks(): Promise<BookmarkRecord[]> {
  const rows = await getDb().bookmarks.toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt || (a.paperId < b.paperId ? 1 : a.paperId > b.paperId ? -1 : 0));
}

export async function listCollections(): Promise<CollectionRecord[]> {
  return getDb().collections.orderBy('name').toArray();
}

export type CollectionOutcome = { ok: true; id: string } | { ok: false; message: string };

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function checkName(name: string, others: CollectionRecord[]): string | undefined {
  if (!name.trim()) return 'A collection needs a name.';
  if (name.trim().length > 200) return 'A collection name can have at most 200 characters.';
  const clash = others.find((c) => sameName(c.name, name));
  return clash ? `There is already a collection named "${clash.name}".` : undefined;
}

/** Creates a collection; a blank name or one already taken is refused with a message. */
export async function createCollection(name: string, now = Date.now()): Promise<CollectionOutcome> {
  const db = getDb();
  return write(() =>
    db.transaction('rw', db.collections, async () => {
      const problem = checkName(name, await db.collections.toArray());
      if (problem) return { ok: false, message: problem };
      const id = crypto.randomUUID();
      await db.collections.add({ id, name: name.trim(), createdAt: now });
      return { ok: true, id };
    }),
  );
}

export async function renameCollection(id: string, name: string): Promise<CollectionOutcome> {
  const db = getDb();
  return write(() =>
    db.transaction('rw', db.collections, async () => {
      const problem = checkName(name, (await db.collections.toArray()).filter((c) => c.id !== id));
      if (problem) return { ok: false, message: problem };
      await db.collections.update(id, { name: name.trim() });
      return { ok: true, id };
    }),
  );
}

/** Deletes a collection; its papers stay bookmarked. */
export async function deleteCollection(id: string): Promise<void> {
  const db = getDb();
  await write(() =>
    db.transaction('rw', [db.collections, db.bookmarks, db.libraryItems], async () => {
      await db.collections.delete(id);
      await db.libraryItems.filter((item) => item.collectionIds.includes(id)).modify((item) => {
        item.collectionIds = item.collectionIds.filter((c) => c !== id);
      });
      await db.bookmarks.where('collectionIds').equals(id).modify((b) => {
        b.collectionIds = b.collectionIds.filter((c) => c !== id);
      });
    }),
  );
}

/** Puts a bookmarked paper in a collection, or takes it out. */
export async function setInCollection(paperId: string, collectionId: string, inside: boolean): Promise<void> {
  const db = getDb();
  await write(() =>
    db.bookmarks.where('paperId').equals(paperId).modify((b) => {
      const rest = b.collectionIds.filter((c) => c !== collectionId);
      b.collectionIds = inside ? [...rest, collectionId] : rest;
    }),
  );
}

export async function getNote(paperId: string): Promise<NoteRecord | undefined> {
  return getDb().notes.get(paperId);
}

export async function listNotes(): Promise<NoteRecord[]> {
  return getDb().notes.toArray();
}

/** Saves a paper's private note; an empty note is deleted. */
export async function saveNote(paperId: string, text: string, now = Date.now()): Promise<void> {
  const db = getDb();
  await write(async () => {
    if (text.trim()) await db.notes.put({ paperId, text, updatedAt: now });
    else await db.notes.delete(paperId);
  });
}

/** The whole library, as a backup holds it. */
export async function readLibrary(): Promise<LibraryData> {
  const db = getDb();
  return db.transaction('r', [db.bookmarks, db.collections, db.notes, db.reads, db.signals, db.follows, db.mutes], async () => ({
    bookmarks: await db.bookmarks.orderBy('createdAt').toArray(),
    collections: (await db.collections.toArray()).sort((a, b) => a.createdAt - b.createdAt),
    notes: await db.notes.toArray(),
    reads: await db.reads.toArray(),
    signals: await db.signals.orderBy('createdAt').toArray(),
    follows: await db.follows.orderBy('createdAt').toArray(),
    mutes: await db.mutes.toArray(),
  }));
}

/** Rows per `bulkPut` of a backup import: progress moves, and no single request is huge. */
const IMPORT_CHUNK = 500;

/**
 * Merges an imported library into the stored one (see mergeLibrary) in one transaction:
 * either all of it is stored or, on any failure, nothing is. The rows are written in
 * chunks, and `onProgress(written, total)` follows them, so a big backup shows progress.
 */
export async function importLibrary(incoming: LibraryData, onProgress?: (written: number, total: number) => void): Promise<MergeResult & { signalsAdded: number }> {
  const db = getDb();
  return write(() =>
    db.transaction('rw', [db.bookmarks, db.collections, db.notes, db.reads, db.signals, db.follows, db.mutes], async () => {
      const current = {
        bookmarks: await db.bookmarks.toArray(),
        collections: await db.collections.toArray(),
        notes: await db.notes.toArray(),
        reads: await db.reads.toArray(),
      };
      const result = mergeLibrary(current, incoming);
      const { library } = result;
      const writes: [Table<unknown, string>, unknown[]][] = [
        [db.collections as Table<unknown, string>, changed(current.collections, library.collections, (c) => c.id)],
        [db.bookmarks as Table<unknown, string>, changed(current.bookmarks, library.bookmarks, (b) => b.paperId)],
        [db.notes as Table<unknown, string>, changed(current.notes, library.notes, (n) => n.paperId)],
        [db.reads as Table<unknown, string>, changed(current.reads, library.reads, (r) => r.paperId)],
      ];
      const total = writes.reduce((sum, [, rows]) => sum + rows.length, 0);
      let written = 0;
      onProgress?.(0, total);
      for (const [table, rows] of writes) {
        for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
          const slice = rows.slice(i, i + IMPORT_CHUNK);
          await table.bulkPut(slice);
          written += slice.length;
          onProgress?.(written, total);
        }
      }
      // Signals, follows and mutes are small (no chunking needed) and join the same transaction.
      const storedSignals = await db.signals.toArray();
      const signals = mergeSignals(storedSignals, incoming.signals ?? []);
      await db.signals.bulkPut(changed(storedSignals, signals.signals, (s) => s.paperId));
      const follows = { follows: await db.follows.toArray(), mutes: await db.mutes.toArray() };
      const merged = mergeFollowData(follows, incoming);
      await db.follows.bulkPut(changed(follows.follows, merged.follows, (f) => f.id));
      await db.mutes.bulkPut(changed(follows.mutes, merged.mutes, (m) => m.id));
      return { ...result, added: { ...result.added, ...merged.added }, signalsAdded: signals.added };
    }),
  );
}

/** Rows of `next` that are new or differ from `before`: only those are written. */
function changed<T>(before: readonly T[], next: readonly T[], key: (row: T) => string): T[] {
  const old = new Map(before.map((row) => [key(row), row]));
  return next.filter((row) => old.get(key(row)) !== row);
}
