import { isCalendarDate } from '../../dates/calendar-date.ts';

/** `2026-04-29T17:59:01Z` or `2016-10-09T00:00:00-04:00` → ISO UTC; undefined unless a real time. */
export function isoTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text) || !isCalendarDate(text.slice(0, 10))) return undefined;
  const time = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The calendar day as written (`2021-03-29`), for OAI datestamps and `created` dates. */
export function calendarDay(value: string | undefined): string | undefined {
  const day = value?.trim().slice(0, 10);
  return day && isCalendarDate(day) && /^\d{4}-\d{2}-\d{2}$/.test(value!.trim().slice(0, 10)) ? day : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC_2822 = /^(?:[A-Z][a-z]{2},\s*)?(\d{1,2})\s+([A-Z][a-z]{2})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+(GMT|UTC?|[+-]\d{4})$/;

export interface Rfc2822 {
  /** The calendar day as written, in the writer's own zone: arXiv's announcement day. */
  day: string;
  iso: string;
}

/** `Mon, 27 Apr 2026 00:00:00 -0400` (RSS, arXivRaw) → its written day and the UTC instant. */
export function parseRfc2822(value: string | undefined): Rfc2822 | undefined {
  const match = value === undefined ? null : RFC_2822.exec(value.trim());
  if (!match) return undefined;
  const [, day, monthName, year, hour, minute, second = '0', zone = 'GMT'] = match;
  const month = MONTHS.indexOf(monthName!) + 1;
  const written = `${year}-${String(month).padStart(2, '0')}-${day!.padStart(2, '0')}`;
  if (month < 1 || !isCalendarDate(written)) return undefined;
  const offset = /^[+-]/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : 'Z';
  const time = Date.parse(`${written}T${hour}:${minute}:${second.padStart(2, '0')}${offset}`);
  return Number.isNaN(time) ? undefined : { day: written, iso: new Date(time).toISOString() };
}
