import { isCalendarDate } from '../dates/calendar-date.ts';

/**
 * The days a paper can plausibly be dated: not before arXiv existed (its first paper is of
 * August 1991), and not more than two days after today (time zones, and a list published
 * ahead of the reader's clock). A date outside it would take over the feed: `/` opens on
 * the newest day, and the live refresh only asks for days after it.
 */
export const EARLIEST_PAPER_DATE = '1991-08-01';
export const FUTURE_DAYS_ALLOWED = 2;

export function latestPaperDate(now: Date = new Date()): string {
  const t = now.getTime() + FUTURE_DAYS_ALLOWED * 86_400_000;
  // The answer changes once a day (UTC); an import asks once per paper.
  const day = Math.floor(t / 86_400_000);
  if (day !== latest.day) {
    latest.day = day;
    latest.date = new Date(t).toISOString().slice(0, 10);
  }
  return latest.date;
}

const latest = { day: Number.NaN, date: '' };

/** Why `date` (a real `YYYY-MM-DD`) is outside the window, or undefined when it is inside. */
export function dateWindowProblem(date: string, now: Date = new Date()): string | undefined {
  if (date < EARLIEST_PAPER_DATE) return `is before ${EARLIEST_PAPER_DATE}, when arXiv began`;
  const latest = latestPaperDate(now);
  if (date > latest) return `is in the future (after ${latest})`;
  return undefined;
}

const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The UTC day of an ISO-8601 timestamp, checked strictly: `2025-02-30T00:00:00Z` is not a
 * date (where `Date.parse` would roll it over to March 2), nor is hour 24 or minute 60.
 */
export function strictUtcDayOf(iso: string): string | undefined {
  const match = ISO_TIMESTAMP.exec(iso);
  if (!match) return undefined;
  const [, day, hour, minute, second = '0', zone] = match;
  if (!isCalendarDate(day!) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  if (zone && zone !== 'Z') {
    const digits = zone.replace(':', '');
    if (Number(digits.slice(1, 3)) > 23 || Number(digits.slice(3)) > 59) return undefined;
  }
  const t = Date.parse(zone ? iso : `${iso}Z`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
