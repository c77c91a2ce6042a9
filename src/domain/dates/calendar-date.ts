import { isValid, parseISO } from 'date-fns';

/**
 * `YYYY-MM-DD` that names a day that exists (no 2025-02-30). parseISO checks the day
 * against the month (leap years included); it is several times faster than `isMatch` with
 * a format string, which mattered when validating 100k papers.
 */
export function isCalendarDate(value: string): boolean {
  // An import checks the same few hundred days once per paper (100k times at 100k papers).
  const known = checked.get(value);
  if (known !== undefined) return known;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
  // Bounded, so hostile input with a million distinct strings cannot grow it without end.
  if (checked.size < MAX_CHECKED) checked.set(value, valid);
  return valid;
}

const MAX_CHECKED = 20_000;
const checked = new Map<string, boolean>();
