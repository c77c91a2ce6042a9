import { addDays, eachDayOfInterval, format, getDay, isWeekend, parseISO, subMonths } from 'date-fns';
import type { Random } from '../../src/domain/seeded-random.ts';

/**
 * When demo papers appear, and the arXiv-style ids they get. Calendar arithmetic is done
 * by date-fns on local-midnight dates and only ever read back as YYYY-MM-DD strings, so
 * the host's time zone cannot shift a day.
 */

/** Weekdays in the `months` months that end at `end` (inclusive), oldest first. */
export function weekdaysInWindow(end: string, months: number): string[] {
  const last = parseISO(end);
  const first = addDays(subMonths(last, months), 1);
  return eachDayOfInterval({ start: first, end: last })
    .filter((day) => !isWeekend(day))
    .map((day) => format(day, 'yyyy-MM-dd'));
}

// Mid-week days are busier, Mondays and Fridays a little quieter (index = getDay()).
const WEEKDAY_FACTOR = [0, 0.9, 1.1, 1.1, 1.05, 0.85, 0];

/**
 * How many papers appear on each day: exactly `count` in total, about count/days each,
 * with day-to-day noise and a slow upward trend. Largest-remainder rounding keeps the sum exact.
 */
export function papersPerDay(random: Random, days: readonly string[], count: number): number[] {
  const weights = days.map((day, i) => {
    const trend = 0.85 + (0.3 * i) / Math.max(1, days.length - 1);
    return (WEEKDAY_FACTOR[getDay(parseISO(day))] ?? 1) * trend * (0.55 + 0.9 * random.next());
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (count * w) / total);
  const perDay = quotas.map(Math.floor);
  let missing = count - perDay.reduce((a, b) => a + b, 0);
  const byRemainder = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (missing-- <= 0) break;
    perDay[i] = (perDay[i] ?? 0) + 1;
  }
  return perDay;
}

const MAX_ID_NUMBER = 99_999;

/**
 * `countInMonth` increasing arXiv numbers (`2506.01234`) for papers of `month` (YYYY-MM), in
 * date order like real submissions, with gaps where other papers (not featured) went.
 */
export function arxivIds(random: Random, month: string, countInMonth: number): string[] {
  const start = random.int(1, 500);
  if (start + countInMonth > MAX_ID_NUMBER) {
    throw new RangeError(`${countInMonth} papers in ${month} do not fit arXiv's five-digit numbers: use more --months`);
  }
  // Gaps of 1..2g-1 (mean g) keep the last number at or below MAX_ID_NUMBER.
  const meanGap = Math.max(1, Math.min(4, Math.floor(((MAX_ID_NUMBER - start) / Math.max(1, countInMonth) + 1) / 2)));
  const prefix = month.slice(2, 4) + month.slice(5, 7);
  const ids: string[] = [];
  for (let i = 0, n = start; i < countInMonth; i++, n += random.int(1, 2 * meanGap - 1)) {
    ids.push(`${prefix}.${String(n).padStart(5, '0')}`);
  }
  return ids;
}

/** An ISO timestamp 0 to 2 days before `day`, never leaving its month (so it agrees with the id). */
export function publishedAtFor(random: Random, day: string): string {
  const dayOfMonth = Number(day.slice(8, 10));
  const back = Math.min(dayOfMonth - 1, random.pickWeighted([0, 1, 2], [1, 6, 3]));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.slice(0, 8)}${pad(dayOfMonth - back)}T${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}.000Z`;
}
