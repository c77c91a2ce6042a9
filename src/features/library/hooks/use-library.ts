import { useLiveQuery } from 'dexie-react-hooks';
import { listBookmarks, listCollections, listNotes } from '../../../db/library-repo.ts';
import { readAmong } from '../../../db/read-state-repo.ts';
import type { BookmarkRecord, CollectionRecord } from '../../../db/schema.ts';

export interface LibraryView {
  bookmarks: BookmarkRecord[];
  collections: CollectionRecord[];
  /** Note text by paper id, for searching notes. */
  notes: Map<string, string>;
  read: Set<string>;
}

/** Everything the library page shows, live (this tab's writes and every other tab's). */
export function useLibrary(): LibraryView | undefined {
  return useLiveQuery(async () => {
    const [bookmarks, collections, notes] = await Promise.all([listBookmarks(), listCollections(), listNotes()]);
    const read = await readAmong(bookmarks.map((b) => b.paperId));
    return { bookmarks, collections, notes: new Map(notes.map((n) => [n.paperId, n.text])), read };
  }, []);
}
