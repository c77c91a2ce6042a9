import type { Paper } from '../corpus/paper-schema.ts';
import { comparePapersByUpvotes } from './paper-order.ts';

/**
 * How a view orders the papers of each day; `upvotes` is the default, as on Hugging Face.
 * `for-you` is ranked by the recommender (src/features/recommend), which the app plugs in;
 * ordered here, without it, it falls back to upvotes.
 */
export type FeedSort = 'upvotes' | 'newest' | 'for-you';

export const DEFAULT_SORT: FeedSort = 'upvotes';

/** The sort a URL asks for; anything unknown falls back to the default. */
export function parseFeedSort(value: string | null | undefined): FeedSort {
  return value === 'newest' || value === 'for-you' ? value : DEFAULT_SORT;
}

/** Newest arXiv submission first; papers without a time count as their day's midnight; ties by id. */
export function comparePapersByNewest(a: Paper, b: Paper): number {
  return publishedTime(b) - publishedTime(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function publishedTime(paper: Paper): number {
  const t = paper.publishedAt ? Date.parse(paper.publishedAt) : Number.NaN;
  return Number.isNaN(t) ? Date.parse(`${paper.date}T00:00:00Z`) : t;
}

/**
 * The papers in `sort` order, as a new array. Day rows are stored in upvote order, so
 * that case only copies.
 */
export function sortPapers(papers: readonly Paper[], sort: FeedSort): Paper[] {
  return sort === 'newest' ? [...papers].sort(comparePapersByNewest) : [...papers].sort(comparePapersByUpvotes);
}
