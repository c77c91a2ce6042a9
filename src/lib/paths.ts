import type { Period } from '../domain/feed/period.ts';
import type { FeedSort } from '../domain/feed/feed-sort.ts';
import { DEFAULT_SORT } from '../domain/feed/feed-sort.ts';

/**
 * Every URL of the app, in one place. They mirror huggingface.co/papers, so a link
 * copied from there opens the same view here.
 */
const PERIOD_SEGMENT = { day: 'date', week: 'week', month: 'month' } as const;

export function periodPath(period: Period, sort: FeedSort = DEFAULT_SORT): string {
  const path = `/papers/${PERIOD_SEGMENT[period.kind]}/${period.key}`;
  return sort === DEFAULT_SORT ? path : `${path}?sort=${sort}`;
}

export function paperPath(id: string): string {
  return `/papers/${encodeURIComponent(id)}`;
}

export function orgPath(name: string): string {
  return `/orgs/${encodeURIComponent(name)}`;
}

export function authorPath(name: string): string {
  return `/authors/${encodeURIComponent(name)}`;
}

/** A search for `q` (the search page reads the rest of its state from the same URL). */
export function searchPath(q: string): string {
  return `/search?${new URLSearchParams({ q })}`;
}

export function categoryPath(name: string): string {
  return `/categories/${encodeURIComponent(name)}`;
}
