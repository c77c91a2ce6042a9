import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import { listBookmarkedIds } from '../db/library-repo.ts';
import { listReadIds } from '../db/read-state-repo.ts';
import { listSignals } from '../db/signals-repo.ts';
import type { SignalKind } from '../domain/recommend/signals.ts';

/** Which papers are bookmarked and read, for a whole list at once. */
export interface LibraryMarks {
  bookmarked: ReadonlySet<string>;
  read: ReadonlySet<string>;
  /** "More/less like this" per paper; only papers with a signal are in it. */
  signals: ReadonlyMap<string, SignalKind>;
}

const LibraryMarksContext = createContext<LibraryMarks | undefined>(undefined);

/**
 * One live query for a whole list instead of three per card (the signals joined it when a
 * profile of scrolling a 1,000-paper day showed each mounted card's signal query again). A profile of scrolling a month
 * showed each mounted card opening its own IndexedDB transactions (bookmark and read
 * state), a large share of every frame; keys-only reads of both tables cost far less.
 */
export function LibraryMarksProvider({ children }: { children: ReactNode }) {
  const marks = useLiveQuery(async () => {
    const [bookmarked, read, signals] = await Promise.all([listBookmarkedIds(), listReadIds(), listSignals()]);
    return { bookmarked: new Set(bookmarked), read: new Set(read), signals: new Map(signals.map((s) => [s.paperId, s.kind])) };
  }, []);
  return <LibraryMarksContext.Provider value={marks}>{children}</LibraryMarksContext.Provider>;
}

/** The list's marks, or undefined outside a provider (or before the first read). */
export function useLibraryMarks(): LibraryMarks | undefined {
  return useContext(LibraryMarksContext);
}
