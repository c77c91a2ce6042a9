import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { newestDayBetween } from '../db/feed-repo.ts';
import { startupDayFor, subscribeStartupDay, type StartupDay } from '../db/startup-read.ts';
import { listDaysBetween } from '../db/papers-repo.ts';
import type { DayGroup } from '../domain/feed/feed-groups.ts';
import type { Period } from '../domain/feed/period.ts';

export interface PeriodPapers {
  /** The days read so far that have papers. */
  days: DayGroup[];
  /** False while only the newest day of a week or month has been read. */
  complete: boolean;
}

/**
 * The last few periods read, so going back to a view renders it whole on the first frame
 * (which is what lets the list restore its scroll position). Not a copy of the table: a
 * handful of views, refreshed by the live queries below whenever they run.
 */
const recent = new Map<string, DayGroup[]>();
const RECENT_LIMIT = 4;

function remember(key: string, days: DayGroup[]): void {
  recent.delete(key);
  recent.set(key, days);
  while (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
}

/** What a period's reads are keyed by (and the startup read, see startup-read.ts). */
export function periodPapersKey(period: Period): string {
  return `${period.kind}:${period.key}`;
}

/** The days of `period` as last read by a view, if one of the last few: no read. */
export function recentPeriodPapers(period: Period): DayGroup[] | undefined {
  return recent.get(periodPapersKey(period));
}

/** Keeps a whole period read elsewhere (a paper page's neighbours) for the next view of it. */
export function rememberPeriodPapers(period: Period, days: DayGroup[]): void {
  remember(periodPapersKey(period), days);
}

/**
 * The papers of a period, live. A week or month is read in two steps: its newest day row
 * alone (one small read, so the first cards paint fast), then the whole range. Results
 * carry their period key: a live query may hand back the previous period's rows for a
 * moment after the period changes, and those must not show under the new heading.
 */
export function usePeriodPapers(period: Period | undefined): PeriodPapers | undefined {
  const key = period ? periodPapersKey(period) : '';
  const cached = recent.get(key);
  // A day is one row: its first read is the whole period, read live even when cached, and
  // never read a second time (at 100k papers a day row is ~0.9 MB of JSON to parse and clone).
  const isDay = period?.kind === 'day';
  // The first view's row may already be on its way (main.tsx starts it before React renders).
  const early = useStartupDay(key);
  const fromStartup = useMemo(() => {
    if (!early || early === 'pending') return undefined;
    const day = early.row ? { date: early.row.date, papers: early.row.papers } : undefined;
    if (isDay) remember(key, day ? [day] : []);
    return { key, day };
  }, [early, isDay, key]);
  const own = useLiveQuery(
    async () => {
      if (!period || (cached && !isDay) || early) return { key, day: undefined };
      const row = await newestDayBetween(period.start, period.end);
      const day = row ? { date: row.date, papers: row.papers } : undefined;
      if (isDay) remember(key, day ? [day] : []);
      return { key, day };
    },
    [key, cached && !isDay ? 'cached' : '', early ? 'startup' : ''],
  );
  const first = early ? fromStartup : own;
  const firstShown = useAfterPaint(first?.key === key && !isDay ? key : undefined);
  const firstRead = firstShown === key || !!cached;
  const all = useLiveQuery(
    async () => {
      // Waits until the first row has painted: reading a month (~12 MB at 100k papers) is
      // deserialized on this thread, and would otherwise delay the frame with the first cards.
      if (!period || !firstRead || isDay) return undefined;
      const rows = await listDaysBetween(period.start, period.end);
      const days = rows.map((row) => ({ date: row.date, papers: row.papers }));
      remember(key, days);
      return { key, days };
    },
    [key, firstRead],
  );
  if (!period) return undefined;
  if (isDay && first?.key === key) return { days: first.day ? [first.day] : [], complete: true };
  if (all?.key === key) return { days: all.days, complete: true };
  if (cached) return { days: cached, complete: true };
  if (first?.key !== key) return undefined;
  const complete = period.kind === 'day' || !first.day;
  return { days: first.day ? [first.day] : [], complete };
}

/**
 * The startup read of `key` (see startup-read.ts): 'pending' until read, undefined when there
 * is none. Taken only if it exists when the view first renders for `key`: a view already
 * reading for itself does not switch over; if the startup read ends early (it failed), the
 * view reads for itself from then on.
 */
function useStartupDay(key: string): StartupDay['read'] | 'pending' | undefined {
  const owned = useMemo(() => startupDayFor(key) !== undefined, [key]);
  const subscribe = useCallback((listener: () => void) => (owned ? subscribeStartupDay(key, listener) : () => {}), [key, owned]);
  return useSyncExternalStore(subscribe, () => {
    const startup = owned ? startupDayFor(key) : undefined;
    return startup ? (startup.read ?? 'pending') : undefined;
  });
}

/** `value`, once the frames after it was set have painted (two animation frames, then a task). */
function useAfterPaint(value: string | undefined): string | undefined {
  const [painted, setPainted] = useState<string>();
  useEffect(() => {
    if (value === undefined) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (fn: () => void) => setTimeout(fn, 0);
    frame(() => frame(() => (timer = setTimeout(() => !cancelled && setPainted(value), 0))));
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [value]);
  return painted;
}
