/** Filters and sort orders a search can carry; they live in the URL (see search-params). */
export type SortOrder = 'relevance' | 'upvotes' | 'newest';

export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'upvotes', 'newest'];

export interface SearchFilters {
  /** First and last day, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  /** Organization name, exactly as stored (`organization.name`). */
  org?: string;
  minUpvotes?: number;
  bookmarkedOnly?: boolean;
  /** arXiv category, exact (`cs.CL`): the filter control's twin of `cat:` in the query. */
  category?: string;
}

/** A paper in the index: which segment, which row. */
export interface DocRef {
  segment: number;
  doc: number;
}

export interface RankedHit extends DocRef {
  score: number;
}

/** Character ranges [start, end) to mark in a text. */
export type Highlight = readonly [number, number];

export interface SearchHitView {
  id: string;
  date: string;
  upvotes: number;
  title: string;
  titleHighlights: Highlight[];
  authors: string;
  org: string;
  orgLabel: string;
  excerpt: string;
  excerptHighlights: Highlight[];
}
