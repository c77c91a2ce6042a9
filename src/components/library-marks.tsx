import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import { listBookmarkedIds } from '../db/library-repo.ts';
import { listReadIds } from '../db/read-state-repo.ts';

/** Which papers are bookmarked and read, for a whole list at once. */
export interface LibraryMarks {
  bookmarked: ReadonlySet<string>;
  read: ReadonlySet<string>;
}

const LibraryMarksContext = createContext<LibraryMarks | undefined>(undefined);

/**
 * One live query for a whole list instead of two per card. A profile of scrolling a month
 * showed each mounted card opening its own IndexedDB transactions (bookmark and read
 * state), a large share of every frame; keys-only reads of both tables cost far less.
 */
export function LibraryMarksProvider({ children }: { children: ReactNode }) {
  const marks = useLiveQuery(async () => {
    const [bookmarked, read] = await Promise.all([listBookmarkedIds(), listReadIds()]);
    return { bookmarked: new Set(bookmarked), read: new Set(read) };
  }, []);
  return <LibraryMarksContext.Provider value={marks}>{children}</LibraryMarksContext.Provider>;
}

/** The list's marks, or undefined outside a provider (or before the first read). */
export function useLibraryMarks(): LibraryMarks | undefined {
  return useContext(LibraryMarksContext);
}
