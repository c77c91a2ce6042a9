import type { LibraryBookmark } from './library-types.ts';

export interface LibraryFilter {
  /** Words that must all appear in the title, an author, the abstract, the id or the note. */
  query: string;
  /** Only bookmarks in this collection; empty for all. */
  collectionId: string;
  /** Only papers not yet read. */
  unreadOnly?: boolean;
}

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase();

/**
 * The bookmarks a library view shows, newest first. A library holds hundreds or a few
 * thousand papers, so a scan per keystroke is fast; accents and case are ignored.
 */
export function filterBookmarks(
  bookmarks: readonly LibraryBookmark[],
  filter: LibraryFilter,
  notes: ReadonlyMap<string, string> = new Map(),
  read: ReadonlySet<string> = new Set(),
): LibraryBookmark[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return bookmarks
    .filter((b) => !filter.collectionId || b.collectionIds.includes(filter.collectionId))
    .filter((b) => !filter.unreadOnly || !read.has(b.paperId))
    .filter((b) => {
      if (!words.length) return true;
      // Optional chaining throughout: a row stored by an older version may lack a field,
      // and one bad row must not take the whole list with it.
      const p = b.snapshot as Partial<LibraryBookmark['snapshot']> | undefined;
      const authors = Array.isArray(p?.authors) ? p.authors.join(' ') : '';
      const haystack = fold([p?.title, authors, p?.abstract, b.paperId, p?.organization?.name, notes.get(b.paperId)].map((x) => (typeof x === 'string' ? x : '')).join('\n'));
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => b.createdAt - a.createdAt || (a.paperId < b.paperId ? -1 : 1));
}
