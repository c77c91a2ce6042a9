import { useLiveQuery } from 'dexie-react-hooks';
import { listBookmarks, listCollections, listNotes } from '../../../db/library-repo.ts';
import { listLibraryItems } from '../../../db/library-items-repo.ts';
import type { LibraryItemRecord } from '../../../db/library-item-record.ts';
import { readAmong } from '../../../db/read-state-repo.ts';
import type { BookmarkRecord, CollectionRecord } from '../../../db/schema.ts';

export interface LibraryView {
  bookmarks: BookmarkRecord[];
  /** Imported works that are not corpus papers. */
  items: LibraryItemRecord[];
  collections: CollectionRecord[];
  /** Note text by paper id, for searching notes. */
  notes: Map<string, string>;
  read: Set<string>;
}

/** Everything the library page shows, live (this tab's writes and every other tab's). */
export function useLibrary(): LibraryView | undefined {
  return useLiveQuery(async () => {
    const [bookmarks, items, collections, notes] = await Promise.all([listBookmarks(), listLibraryItems(), listCollections(), listNotes()]);
    const read = await readAmong(bookmarks.map((b) => b.paperId));
    return { bookmarks, items, collections, notes: new Map(notes.map((n) => [n.paperId, n.text])), read };
  }, []);
}
