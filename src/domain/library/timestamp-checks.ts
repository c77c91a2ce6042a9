/**
 * The moments a library timestamp (bookmarked, read, note edited) can be: milliseconds
 * since 1970 from 1991-08-01 (arXiv's first month; nothing in a library predates it) to
 * two days after now (clocks of two devices disagree a little, never by years). Anything
 * else, such as 1e308 or 9e15, would break `Date#toISOString` or win every merge.
 */
export const EARLIEST_TIMESTAMP = Date.UTC(1991, 7, 1);
const FUTURE_MS = 2 * 86_400_000;

export function timestampProblem(value: unknown, now: number = Date.now()): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a time in milliseconds';
  if (value < EARLIEST_TIMESTAMP) return 'is before 1991-08-01';
  if (value > now + FUTURE_MS) return 'is in the future';
  return undefined;
}

/** True when `value` is a timestamp a page can show (used by views meeting rows stored earlier). */
export function isShowableTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 8.64e15;
}
