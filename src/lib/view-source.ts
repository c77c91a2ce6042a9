import { parseFeedSort, type FeedSort } from '../domain/feed/feed-sort.ts';
import { parsePeriod, type Period, type PeriodKind } from '../domain/feed/period.ts';

/** What a paper page was opened from, carried in history state so it survives a reload. */
export interface ViewSource {
  /** The URL (path and query) of the list, to go back to it. */
  from: string;
  /** Its name, for the back link: "Friday, October 3, 2025", "NYCU". */
  label: string;
  /** `location.key` of the list's history entry: when set, going back is a real Back, which restores its scroll. */
  listKey?: string;
}

export function isViewSource(value: unknown): value is ViewSource {
  return typeof value === 'object' && value !== null && typeof (value as ViewSource).from === 'string' && typeof (value as ViewSource).label === 'string';
}

const SEGMENT_KIND: Record<string, PeriodKind> = { date: 'day', week: 'week', month: 'month' };

/** The period and sort of a feed URL (`/papers/week/2025-W40?sort=newest`); undefined for other pages. */
export function periodOfUrl(url: string): { period: Period; sort: FeedSort } | undefined {
  const parsed = new URL(url, 'http://x');
  const match = parsed.pathname.match(/^\/papers\/(date|week|month)\/([^/]+)$/);
  if (!match) return undefined;
  const period = parsePeriod(SEGMENT_KIND[match[1]!]!, decodeURIComponent(match[2]!));
  return period ? { period, sort: parseFeedSort(parsed.searchParams.get('sort')) } : undefined;
}
