import { periodContaining, type Period, type PeriodKind } from './period.ts';

/**
 * Moving between periods over the days that have papers. `dates` is every day with
 * papers, `YYYY-MM-DD`, oldest first (as the database lists them); lookups are binary
 * searches, so a corpus of many years costs nothing per keystroke.
 */

/** Index of the first date >= `date`. */
function lowerBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The period of the same kind before (`-1`) or after (`1`) `period` that has papers,
 * skipping empty ones (weekends, gaps). Undefined at either end of the corpus.
 */
export function adjacentPeriod(period: Period, dates: readonly string[], direction: -1 | 1): Period | undefined {
  const target = direction < 0 ? dates[lowerBound(dates, period.start) - 1] : dates[lowerBound(dates, nextKey(period.end))];
  return target === undefined ? undefined : periodContaining(period.kind, target);
}

/** The smallest string greater than every date string equal to `date`: steps past `date`. */
function nextKey(date: string): string {
  return `${date}\u0000`;
}

/** The days of `period` that have papers, newest first (the order a view shows them). */
export function datesInPeriod(period: Period, dates: readonly string[]): string[] {
  const from = lowerBound(dates, period.start);
  const to = lowerBound(dates, nextKey(period.end));
  return dates.slice(from, to).reverse();
}

/** The day with papers closest to `date` (the earlier one on a tie); undefined when there are none. */
export function nearestDate(dates: readonly string[], date: string): string | undefined {
  const i = lowerBound(dates, date);
  const after = dates[i];
  const before = dates[i - 1];
  if (after === undefined) return before;
  if (before === undefined || after === date) return after;
  return dayDistance(before, date) <= dayDistance(date, after) ? before : after;
}

function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`));
}

/**
 * The period of `kind` to show when switching tabs from `period`: a day becomes its week
 * or month; a week or month becomes its newest day with papers (or its first day).
 */
export function switchPeriodKind(period: Period, kind: PeriodKind, dates: readonly string[]): Period {
  if (kind === period.kind) return period;
  if (period.kind === 'day') return periodContaining(kind, period.start);
  const inside = datesInPeriod(period, dates)[0];
  // A month -> week switch without papers lands on the week of the month's first day.
  return periodContaining(kind, inside ?? period.start);
}
