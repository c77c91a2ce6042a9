import { joinNotes } from './join-notes.ts';
import type { LibraryBookmark, LibraryCollection, LibraryData, LibraryNote, LibraryRead } from './library-types.ts';

export interface MergeCounts {
  bookmarks: number;
  collections: number;
  notes: number;
  reads: number;
  follows?: number;
  mutes?: number;
}

export interface MergeResult {
  library: LibraryData;
  /** Entries of each kind that were new to the library. */
  added: MergeCounts;
  /** Entries of the incoming library that matched one already there (or earlier in the file). */
  merged: number;
  /** Papers whose note differed on both sides: both texts are kept, in one note. */
  notesJoined: string[];
}

const sameName = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Merges an imported library into the current one without duplicates:
 * - a collection with the same id, or else the same name, is the same collection;
 * - a bookmark of a paper already bookmarked keeps its snapshot, takes the earlier
 *   bookmark time and joins both sets of collections;
 * - two notes on a paper are joined, never one dropped (see joinNotes: timestamps in a
 *   file can be forged, text someone wrote must not be lost); a paper read in either stays read.
 * Duplicates inside the incoming library merge the same way. Pure: inputs are not changed.
 */
export function mergeLibrary(current: LibraryData, incoming: LibraryData): MergeResult {
  const added: MergeCounts = { bookmarks: 0, collections: 0, notes: 0, reads: 0 };
  let merged = 0;

  const collections = new Map<string, LibraryCollection>(current.collections.map((c) => [c.id, c]));
  const byName = new Map(current.collections.map((c) => [sameName(c.name), c.id]));
  const idMap = new Map<string, string>();
  for (const collection of incoming.collections) {
    const target = collections.has(collection.id) ? collection.id : byName.get(sameName(collection.name));
    if (target) {
      idMap.set(collection.id, target);
      merged++;
      continue;
    }
    const copy = { id: collection.id, name: collection.name.trim(), createdAt: collection.createdAt };
    collections.set(copy.id, copy);
    byName.set(sameName(copy.name), copy.id);
    idMap.set(copy.id, copy.id);
    added.collections++;
  }

  const bookmarks = new Map<string, LibraryBookmark>(current.bookmarks.map((b) => [b.paperId, b]));
  for (const bookmark of incoming.bookmarks) {
    const ids = bookmark.collectionIds.map((id) => idMap.get(id) ?? id).filter((id) => collections.has(id));
    const existing = bookmarks.get(bookmark.paperId);
    if (!existing) {
      bookmarks.set(bookmark.paperId, { ...bookmark, collectionIds: [...new Set(ids)] });
      added.bookmarks++;
      continue;
    }
    merged++;
    const union = [...new Set([...existing.collectionIds, ...ids])];
    if (bookmark.createdAt < existing.createdAt || union.length !== existing.collectionIds.length) {
      bookmarks.set(bookmark.paperId, { ...existing, createdAt: Math.min(existing.createdAt, bookmark.createdAt), collectionIds: union });
    }
  }

  const notes = new Map<string, LibraryNote>(current.notes.map((n) => [n.paperId, n]));
  const notesJoined: string[] = [];
  const incomingNotes = new Map<string, LibraryNote[]>();
  for (const note of incoming.notes) {
    const list = incomingNotes.get(note.paperId);
    if (list) list.push(note);
    else incomingNotes.set(note.paperId, [note]);
  }
  for (const [paperId, list] of incomingNotes) {
    const existing = notes.get(paperId);
    if (existing) merged += list.length;
    else {
      added.notes++;
      merged += list.length - 1;
    }
    const joined = joinNotes(existing, list);
    if (joined.note !== existing) notes.set(paperId, joined.note);
    if (joined.both) notesJoined.push(paperId);
  }

  const reads = new Map<string, LibraryRead>(current.reads.map((r) => [r.paperId, r]));
  for (const read of incoming.reads) {
    const existing = reads.get(read.paperId);
    if (!existing) added.reads++;
    else merged++;
    if (!existing || read.readAt > existing.readAt) reads.set(read.paperId, read);
  }

  return {
    library: { bookmarks: [...bookmarks.values()], collections: [...collections.values()], notes: [...notes.values()], reads: [...reads.values()] },
    added,
    merged,
    notesJoined,
  };
}
