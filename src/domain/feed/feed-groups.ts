import type { Paper } from '../corpus/paper-schema.ts';
import { sortPapers, type FeedSort } from './feed-sort.ts';

export interface DayGroup {
  date: string;
  papers: readonly Paper[];
}

/**
 * A view's papers as a virtualized list wants them: one flat array and, when the view is
 * grouped by day, how many of them belong to each day (`dates` and `counts` empty otherwise).
 */
export interface FeedGroups {
  dates: string[];
  counts: number[];
  papers: Paper[];
}

/**
 * `upvotes` ranks the whole period, as Hugging Face does for a week or a month: the most
 * upvoted paper of the month comes first whatever its day (each card shows its date).
 * `newest` keeps the day-grouped layout: days newest first, each day's papers newest first.
 */
export function groupFeed(days: readonly DayGroup[], sort: FeedSort): FeedGroups {
  const ordered = [...days].filter((day) => day.papers.length > 0).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  if (sort === 'upvotes') {
    // Day rows are stored in upvote order: one row is already ranked; several are merged by sort.
    const papers = ordered.length === 1 ? [...ordered[0]!.papers] : sortPapers(ordered.flatMap((day) => day.papers), 'upvotes');
    return { dates: [], counts: [], papers };
  }
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

/** A row of a rendered list: a day heading, or a paper with its position among the papers. */
export type ListRow = { kind: 'day'; date: string; count: number } | { kind: 'paper'; paper: Paper; index: number };

/**
 * Papers and their day headings as one flat list of rows, plus the row of each paper,
 * so keyboard selection (by paper) can scroll the list (by row).
 */
export function listRows(
  papers: readonly Paper[],
  groups?: { dates: readonly string[]; counts: readonly number[] },
): { rows: ListRow[]; rowOfPaper: number[] } {
  const rows: ListRow[] = [];
  const rowOfPaper: number[] = [];
  let next = 0;
  const push = (count: number) => {
    for (const end = next + count; next < end && next < papers.length; next++) {
      rowOfPaper.push(rows.length);
      rows.push({ kind: 'paper', paper: papers[next]!, index: next });
    }
  };
  if (groups) {
    groups.dates.forEach((date, i) => {
      const count = groups.counts[i] ?? 0;
      rows.push({ kind: 'day', date, count });
      push(count);
    });
  }
  push(papers.length - next);
  return { rows, rowOfPaper };
}
