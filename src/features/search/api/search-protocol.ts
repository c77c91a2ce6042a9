import type { Mute } from '../../../domain/follow/follow-types.ts';
import type { SearchFilters, SearchHitView, SortOrder } from '../../../domain/search/search-types.ts';

/** What the page asks the search service (in its worker, or on the page) and what it answers. */
export interface SearchQuery {
  text: string;
  filters: SearchFilters;
  sort: SortOrder;
  /** How many hits to return in full (title, excerpt, highlights). */
  limit: number;
  /** The reader's mutes: muted papers are left out of the hits and counted in `muted`. */
  mutes?: Mute[];
  /** The "show hidden" switch: muted papers stay in the hits (still counted). */
  showMuted?: boolean;
}

export interface SearchResponse {
  query: SearchQuery;
  total: number;
  /** How many of `total` match every word (listed first); the rest match some of the words. */
  fullTotal: number;
  /** No paper matched every word: all of them match only some. */
  partial: boolean;
  /** Query words that match nothing at all (left out of "every word"). */
  unmatched: string[];
  hits: SearchHitView[];
  /** Matching papers the reader's mutes hide (left out of `total` unless `showMuted`). */
  muted: number;
  tookMs: number;
  /** The index version that answered (see IndexStatus.version): older answers are not current. */
  indexVersion: number;
}

export interface OrgOption {
  name: string;
  label: string;
  count: number;
}

export interface IndexStatus {
  state: 'starting' | 'building' | 'ready' | 'error';
  papers: number;
  /** Grows each time the index changes, so pages showing results ask again. */
  version?: number;
  /** How the index came to be: restored from IndexedDB or built from the day rows. */
  source?: 'stored' | 'built';
  /** Time to have the index ready, from the worker's start. */
  readyMs?: number;
  bytes?: number;
  orgs?: OrgOption[];
  message?: string;
}

/** What the service tells the page unasked; answers to searches come back from `search`. */
export type SearchEvent =
  | { type: 'status'; status: IndexStatus }
  /** The index and its abstract pages are stored: the next start restores them. */
  | { type: 'stored'; papers: number };
