import { listDatesBetween, newestDayBetween } from '../../../db/feed-repo.ts';
import { listDaysBetween } from '../../../db/papers-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import type { DayGroup } from '../../../domain/feed/feed-groups.ts';
import { sortPapers, type FeedSort } from '../../../domain/feed/feed-sort.ts';
import type { Period } from '../../../domain/feed/period.ts';
import { recentPeriodPapers, rememberPeriodPapers } from '../../../hooks/use-period-papers.ts';

/** One day row as the paper's own read asks for it (getPaper): the same request, so live queries share one read. */
async function dayOf(date: string): Promise<DayGroup | undefined> {
  const row = await newestDayBetween(date, date);
  return row ? { date: row.date, papers: row.papers } : undefined;
}

/**
 * The days a paper page needs to find its previous and next paper in `period` and `sort`,
 * reading as little as it can (at 100k papers a month is ~12 MB of day rows):
 * - its own day, always read (the same request as the paper's own read, so no second read);
 * - a day view: nothing more;
 * - a week or month the reader has just seen: the view's own read, kept in memory;
 * - newest first (grouped by day): nothing more, unless the paper is first or last of its
 *   day; then the day keys of the period (keys only) and the one neighbouring day;
 * - ranked over the whole period (upvotes): the whole period, once, kept for the next step.
 */
export async function readNeighbourDays(paper: Paper, period: Period, sort: FeedSort): Promise<DayGroup[]> {
  const seen = period.kind === 'day' ? undefined : recentPeriodPapers(period);
  if (period.kind !== 'day' && !seen && sort !== 'newest') {
    const days = (await listDaysBetween(period.start, period.end)).map((row) => ({ date: row.date, papers: row.papers }));
    rememberPeriodPapers(period, days);
    return days;
  }
  const own = await dayOf(paper.date);
  if (!own) return [];
  if (period.kind === 'day') return [own];
  // The own day as stored now, the others as the view read them.
  if (seen) return [own, ...seen.filter((day) => day.date !== own.date)];
  const ordered = sortPapers(own.papers, 'newest');
  const at = ordered.findIndex((p) => p.id === paper.id);
  if (at > 0 && at < ordered.length - 1) return [own];
  const dates = await listDatesBetween(period.start, period.end);
  const i = dates.indexOf(own.date);
  // Days are listed oldest first; the view shows the newest day first.
  const wanted = [at <= 0 ? dates[i + 1] : undefined, at === ordered.length - 1 ? dates[i - 1] : undefined].filter((d): d is string => i >= 0 && d !== undefined);
  const others = await Promise.all(wanted.map(dayOf));
  return [own, ...others.filter((d): d is DayGroup => d !== undefined)];
}
