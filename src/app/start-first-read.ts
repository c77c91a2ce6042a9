import { parsePeriod, periodContaining, type PeriodKind } from '../domain/feed/period.ts';
import { startStartupDayRead, startStartupNewestDayRead } from '../db/startup-read.ts';
import { periodPapersKey } from '../hooks/use-period-papers.ts';

const FEED_PATH = /^\/papers\/(date|week|month)\/([^/]+)\/?$/;
const KIND: Record<string, PeriodKind> = { date: 'day', week: 'week', month: 'month' };

/**
 * Called by main.tsx before React renders: when the address is a feed view (`/`, or a day,
 * week or month: the routes of router.tsx), starts reading the row its first cards come
 * from, so the database opens and the row is read while the shell renders (issue #18).
 * Any other address reads nothing here.
 */
export function startFirstRead(pathname: string): void {
  if (pathname === '/') {
    startStartupNewestDayRead((date) => periodPapersKey(periodContaining('day', date)));
    return;
  }
  const match = FEED_PATH.exec(pathname);
  if (!match) return;
  let raw: string;
  try {
    raw = decodeURIComponent(match[2]!);
  } catch {
    return;
  }
  const period = parsePeriod(KIND[match[1]!]!, raw);
  if (period) startStartupDayRead(periodPapersKey(period), period.start, period.end);
}
