import type { LibraryData } from '../domain/library/library-types.ts';

/** A library with nothing in it, to spread test data over. */
export function emptyLibrary(): LibraryData {
  return { bookmarks: [], collections: [], notes: [], reads: [] };
}
