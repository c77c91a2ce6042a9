import type { Paper } from '../domain/corpus/paper-schema.ts';
import type { StoredSegment } from '../domain/search/search-index.ts';
import type { Follow, Mute } from '../domain/follow/follow-types.ts';

/** A follow (author, organization, saved search) and a mute, as src/domain/follow declares them. */
export type FollowRecord = Follow;
export type MuteRecord = Mute;

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

/** The search index as last built, valid while the paper version still matches. */
export interface SearchIndexRecord {
  key: string;
  /** Layout version of `segments`; a record of another version is rebuilt, never read. */
  format: number;
  /** The paper version (`meta.paperVersion`) read before the indexed rows were read. */
  version: number;
  builtAt: number;
  segments: StoredSegment[];
}

/**
 * Up to ABSTRACT_PAGE_SIZE abstracts of one featured day, in the day row's order: the one
 * stored copy of each abstract (version 9 on). Written with the day row, in the same
 * transaction, by day-row-codec.ts; search excerpts read one small page instead of a day.
 */
export interface AbstractPageRecord {
  date: string;
  page: number;
  ids: string[];
  texts: string[];
}
