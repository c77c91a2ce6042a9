import { addDays, endOfISOWeek, endOfMonth, getDaysInMonth, getISOWeek, getISOWeeksInYear, getISOWeekYear, startOfISOWeek, startOfMonth } from 'date-fns';

/**
 * The three views of the feed: one day, one ISO week, one calendar month. A period is
 * named by the key Hugging Face uses in its URLs (`2025-10-03`, `2025-W40`, `2025-10`)
 * and spans `start`..`end`, both `YYYY-MM-DD` and both included. All calendar math is
 * date-fns in local time: a date string never goes through UTC, so it never shifts.
 *
 * Keys are read and written by hand, and labels come from `Intl.DateTimeFormat`, not from
 * date-fns' `format` and `parse`: those bring their token interpreters and the English
 * locale (about 40 KB of the start-up scripts), and every view's first render needs this
 * module (issue #18). The labels stay English, as they were.
 */
export type PeriodKind = 'day' | 'week' | 'month';

export interface Period {
  kind: PeriodKind;
  key: string;
  start: string;
  end: string;
}

const KEY_SHAPE: Record<PeriodKind, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Local midnight of a calendar day; `setFullYear`, since `new Date(y, …)` maps years 0-99 to 1900-1999. */
function localDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}

/** A `YYYY-MM-DD` string as a local Date (midnight). */
export function toLocalDate(date: string): Date {
  // Not parse(date, 'yyyy-MM-dd'): its format interpreter was a visible cost when every
  // card of a month formats its day.
  return localDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function toDateKey(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The ISO week key of a day: 2024-12-30 is in 2025-W01. */
function weekKey(day: Date): string {
  return `${pad(getISOWeekYear(day), 4)}-W${pad(getISOWeek(day))}`;
}

/** The period of `kind` that holds `date` (`YYYY-MM-DD`). */
export function periodContaining(kind: PeriodKind, date: string): Period {
  const day = toLocalDate(date);
  if (kind === 'day') return { kind, key: date, start: date, end: date };
  const [start, end] = kind === 'week' ? [startOfISOWeek(day), endOfISOWeek(day)] : [startOfMonth(day), endOfMonth(day)];
  return { kind, key: kind === 'week' ? weekKey(day) : toDateKey(day).slice(0, 7), start: toDateKey(start), end: toDateKey(end) };
}

/**
 * The period a URL names, or undefined when the key is not a real one (2025-02-30,
 * 2025-W54, 2025-13): the day must exist in its month, the week in its ISO year.
 */
export function parsePeriod(kind: PeriodKind, key: string): Period | undefined {
  const match = KEY_SHAPE[kind].exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  const second = Number(match[2]);
  if (kind === 'week') {
    // January 4 is always in week 1 of its ISO year.
    const jan4 = localDay(year, 0, 4);
    if (second < 1 || second > getISOWeeksInYear(jan4)) return undefined;
    return periodContaining('week', toDateKey(addDays(startOfISOWeek(jan4), (second - 1) * 7)));
  }
  if (second < 1 || second > 12) return undefined;
  if (kind === 'month') return periodContaining('month', `${match[1]}-${match[2]}-01`);
  const day = Number(match[3]);
  if (day < 1 || day > getDaysInMonth(localDay(year, second - 1, 1))) return undefined;
  return periodContaining('day', key);
}

/**
 * For a key that is not a real period, the real date it most likely meant, so an error
 * page can offer the nearest day with papers: 2025-02-30 → 2025-02-28, 2025-13 → 2025-12-01,
 * 2025-W60 → the last ISO week of 2025. Undefined when there is no year to go by.
 */
export function closestRealDate(kind: PeriodKind, key: string): string | undefined {
  const numbers = key.match(/\d+/g)?.map(Number) ?? [];
  const [year, second = 1, third = 1] = numbers;
  if (year === undefined || year < 1000 || year > 9999) return undefined;
  if (kind === 'week') {
    const firstWeek = startOfISOWeek(new Date(year, 0, 4));
    const lastWeek = startOfISOWeek(new Date(year, 11, 28));
    const day = addDays(firstWeek, (clamp(second, 1, 53) - 1) * 7);
    return toDateKey(day > lastWeek ? lastWeek : day);
  }
  const month = clamp(second, 1, 12);
  const last = getDaysInMonth(new Date(year, month - 1, 1));
  return toDateKey(new Date(year, month - 1, kind === 'day' ? clamp(third, 1, last) : 1));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** An English formatter, built once per shape: building one costs far more than using it. */
function english(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat('en-US', options)));
  return format;
}

/** "Friday, October 3, 2025" */
export function longDayLabel(date: Date): string {
  return english({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(date);
}

/** "October 2025" */
export function monthLabel(date: Date): string {
  return english({ month: 'long', year: 'numeric' }).format(date);
}

const shortDay = (date: Date, withYear: boolean) => english(withYear ? { month: 'short', day: 'numeric', year: 'numeric' } : { month: 'short', day: 'numeric' }).format(date);

/** How a period is named on screen: "Friday, October 3, 2025", "Week 40 · Sep 29 – Oct 5, 2025", "October 2025". */
export function periodLabel(period: Period): string {
  const start = toLocalDate(period.start);
  if (period.kind === 'day') return longDayLabel(start);
  if (period.kind === 'month') return monthLabel(start);
  const end = toLocalDate(period.end);
  const sameYear = start.getFullYear() === end.getFullYear();
  return `Week ${getISOWeek(start)} · ${shortDay(start, !sameYear)} – ${shortDay(end, true)}`;
}

/** "Oct 3, 2025": a day as printed on a card. */
const shortLabels = new Map<string, string>();

/** "Oct 3, 2025"; cached, since a month view asks for the same few dates thousands of times. */
export function shortDayLabel(date: string): string {
  let label = shortLabels.get(date);
  if (label === undefined) {
    label = shortDay(toLocalDate(date), true);
    if (shortLabels.size < 5_000) shortLabels.set(date, label);
  }
  return label;
}

/** "Friday, October 3": a day heading inside a week or month. */
export function dayHeading(date: string): string {
  return english({ weekday: 'long', month: 'long', day: 'numeric' }).format(toLocalDate(date));
}
