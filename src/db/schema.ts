import type { Paper } from '../domain/corpus/paper-schema.ts';
import type { StoredSegment } from '../domain/search/search-index.ts';

/**
 * One row per featured day, holding that day's papers in upvote order (stored as one JSON
 * string, see day-row-codec.ts).
 *
 * Why not one row per paper: IndexedDB cost is per record and per index entry, not per
 * byte (see docs/architecture.md). 100k one-paper rows take ~24 s to write; ~365 day rows
 * holding the same papers take a few seconds, and a day view is then a single `get`.
 * `orgs` (multi-entry) finds an organization's days; `paperDays` finds a paper's day.
 */
export interface DayRecord {
  date: string;
  /** Sorted by upvotes, highest first; ties by id, so the order is stable. */
  papers: Paper[];
  orgs: string[];
  /** Every arXiv category of the day's papers (version 8 on). */
  cats?: string[];
}

/** A bucket of paper id → day, see paper-locations.ts. */
export interface PaperLocationBucket {
  bucket: number;
  days: Record<string, string>;
}

export interface BookmarkRecord {
  paperId: string;
  createdAt: number;
  /** The paper as it was when bookmarked, so a bookmark outlives the paper leaving the corpus. */
  snapshot: Paper;
  collectionIds: string[];
}

export interface CollectionRecord {
  id: string;
  name: string;
  createdAt: number;
}

export interface NoteRecord {
  paperId: string;
  text: string;
  updatedAt: number;
}

export interface ReadRecord {
  paperId: string;
  readAt: number;
}

/** A corpus shard as last imported: a shard whose hash is unchanged is not fetched again. */
export interface ShardRecord {
  /** `<source>/<YYYY-MM>`, e.g. `bundled/2025-10`. */
  key: string;
  source: string;
  month: string;
  hash: string;
  count: number;
  importedAt: number;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** The search index as last built, valid while the corpus fingerprint still matches. */
export interface SearchIndexRecord {
  key: string;
  /** Layout version of `segments`; a record of another version is rebuilt, never read. */
  format: number;
  /** Stored shards and paper count when the indexed rows were read (see search-source-repo). */
  fingerprint: string;
  builtAt: number;
  segments: StoredSegment[];
}

/**
 * Up to ABSTRACT_PAGE_SIZE abstracts of one featured day, in the day row's order: the
 * search worker reads one small page for an excerpt instead of a whole day row. Derived
 * data, kept in the `searchIndex` table under `abstracts/<date>/<page>` keys; a day's
 * pages are deleted whenever the day changes and written again from the new row.
 */
export interface AbstractPageRecord {
  key: string;
  date: string;
  /** Papers on the day (all pages together hold that many). */
  dayCount: number;
  ids: string[];
  texts: string[];
}
