import type { Paper } from '../corpus/paper-schema.ts';
import { sortPapers, type FeedSort } from './feed-sort.ts';

export interface DayGroup {
  date: string;
  papers: readonly Paper[];
}

/**
 * A view's papers as a virtualized grouped list wants them: one flat array, and how many
 * of them belong to each day. Days newest first; papers within a day in `sort` order.
 */
export interface FeedGroups {
  dates: string[];
  counts: number[];
  papers: Paper[];
}

export function groupFeed(days: readonly DayGroup[], sort: FeedSort): FeedGroups {
  const ordered = [...days].filter((day) => day.papers.length > 0).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const papers: Paper[] = [];
  const counts: number[] = [];
  for (const day of ordered) {
    const sorted = sortPapers(day.papers, sort);
    papers.push(...sorted);
    counts.push(sorted.length);
  }
  return { dates: ordered.map((day) => day.date), counts, papers };
}

/** The papers just before and after `id` in a view, for stepping through it paper by paper. */
export function neighbours(papers: readonly Paper[], id: string): { previous?: Paper; next?: Paper } {
  const i = papers.findIndex((p) => p.id === id);
  if (i < 0) return {};
  return { previous: papers[i - 1], next: papers[i + 1] };
}
