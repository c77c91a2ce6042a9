import type { Citable } from '../domain/library/citable.ts';

/**
 * A work kept in the library that is not a corpus paper: an entry imported from a BibTeX,
 * RIS or CSL-JSON file that matched no stored paper. It keeps its own metadata, is
 * listed, searched and exported with the bookmarks, and belongs to collections like them.
 */
export interface LibraryItemRecord {
  /** `doi:…`, `arxiv:…` or `title:…|year` (see libraryItemId), so a re-import finds it. */
  id: string;
  createdAt: number;
  work: Citable;
  collectionIds: string[];
}
