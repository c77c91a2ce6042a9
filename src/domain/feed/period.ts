import {
  addDays,
  endOfISOWeek,
  endOfMonth,
  format,
  getDaysInMonth,
  isValid,
  parse,
  parseISO,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';

/**
 * The three views of the feed: one day, one ISO week, one calendar month. A period is
 * named by the key Hugging Face uses in its URLs (`2025-10-03`, `2025-W40`, `2025-10`)
 * and spans `start`..`end`, both `YYYY-MM-DD` and both included. All calendar math is
 * date-fns in local time: a date string never goes through UTC, so it never shifts.
 */
export type PeriodKind = 'day' | 'week' | 'month';

export interface Period {
  kind: PeriodKind;
  key: string;
  start: string;
  end: string;
}

const DAY = 'yyyy-MM-dd';
/** ISO week-numbering year and ISO week: 2024-12-30 is in 2025-W01. */
const WEEK = "RRRR-'W'II";
const MONTH = 'yyyy-MM';
const KEY_FORMAT: Record<PeriodKind, string> = { day: DAY, week: WEEK, month: MONTH };
const KEY_SHAPE: Record<PeriodKind, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-W\d{2}$/,
  month: /^\d{4}-\d{2}$/,
};

/** A `YYYY-MM-DD` string as a local Date (midnight). */
export function toLocalDate(date: string): Date {
  // parseISO, not parse(date, 'yyyy-MM-dd'): same result for these keys, and parse's
  // format interpreter was a visible cost when every card of a month formats its day.
  return parseISO(date);
}

export function toDateKey(date: Date): string {
  return format(date, DAY);
}

/** The period of `kind` that holds `date` (`YYYY-MM-DD`). */
export function periodContaining(kind: PeriodKind, date: string): Period {
  const day = toLocalDate(date);
  if (kind === 'day') return { kind, key: date, start: date, end: date };
  const [start, end] = kind === 'week' ? [startOfISOWeek(day), endOfISOWeek(day)] : [startOfMonth(day), endOfMonth(day)];
  return { kind, key: format(day, KEY_FORMAT[kind]), start: toDateKey(start), end: toDateKey(end) };
}

/**
 * The period a URL names, or undefined when the key is not a real one (2025-02-30,
 * 2025-W54, 2025-13). Parsing then formatting back must give the same key, which is
 * what rejects the dates date-fns would otherwise roll over.
 */
export function parsePeriod(kind: PeriodKind, key: string): Period | undefined {
  if (!KEY_SHAPE[kind].test(key)) return undefined;
  const parsed = parse(key, KEY_FORMAT[kind], new Date(2000, 0, 1));
  if (!isValid(parsed) || format(parsed, KEY_FORMAT[kind]) !== key) return undefined;
  return periodContaining(kind, toDateKey(parsed));
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

/** How a period is named on screen: "Friday, October 3, 2025", "Week 40 · Sep 29 – Oct 5, 2025", "October 2025". */
export function periodLabel(period: Period): string {
  const start = toLocalDate(period.start);
  if (period.kind === 'day') return format(start, 'EEEE, MMMM d, yyyy');
  if (period.kind === 'month') return format(start, 'MMMM yyyy');
  const end = toLocalDate(period.end);
  const sameYear = start.getFullYear() === end.getFullYear();
  return `Week ${format(start, 'I')} · ${format(start, sameYear ? 'MMM d' : 'MMM d, yyyy')} – ${format(end, 'MMM d, yyyy')}`;
}

/** "Oct 3, 2025": a day as printed on a card. */
const shortLabels = new Map<string, string>();

/** "Oct 3, 2025"; cached, since a month view asks for the same few dates thousands of times. */
export function shortDayLabel(date: string): string {
  let label = shortLabels.get(date);
  if (label === undefined) {
    label = format(toLocalDate(date), 'MMM d, yyyy');
    if (shortLabels.size < 5_000) shortLabels.set(date, label);
  }
  return label;
}

/** "Friday, October 3": a day heading inside a week or month. */
export function dayHeading(date: string): string {
  return format(toLocalDate(date), 'EEEE, MMMM d');
}
