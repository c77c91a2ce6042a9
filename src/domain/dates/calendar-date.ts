import { isValid, parseISO } from 'date-fns';

/**
 * `YYYY-MM-DD` that names a day that exists (no 2025-02-30). parseISO checks the day
 * against the month (leap years included); it is several times faster than `isMatch` with
 * a format string, which mattered when validating 100k papers.
 */
export function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}

/** The UTC calendar day of an ISO-8601 timestamp, or undefined when it is not one. */
export function utcDayOf(iso: string): string | undefined {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().slice(0, 10);
}
