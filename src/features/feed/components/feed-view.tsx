import '../feed.css';
import { useContext, useEffect, useLayoutEffect, useMemo } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { formatPaperCount } from '../../../domain/format/count.ts';
import { groupFeed } from '../../../domain/feed/feed-groups.ts';
import { parseFeedSort, type FeedSort } from '../../../domain/feed/feed-sort.ts';
import { adjacentPeriod, switchPeriodKind } from '../../../domain/feed/period-navigation.ts';
import { dayHeading, parsePeriod, periodContaining, periodLabel, type Period, type PeriodKind } from '../../../domain/feed/period.ts';
import { periodPath } from '../../../lib/paths.ts';
import { useDatesWithPapers, useNewestDate } from '../../../hooks/use-dates-with-papers.ts';
import { usePeriodPapers } from '../../../hooks/use-period-papers.ts';
import { EmptyPeriod } from './empty-period.tsx';
import { InvalidPeriod } from './invalid-period.tsx';
import { PaperList } from './paper-list.tsx';
import { PeriodToolbar } from './period-toolbar.tsx';
import { useListKeyboard, type ListKeyboardActions, type PeriodKeyOutcome } from '../hooks/use-list-keyboard.ts';
import { FeatureSlots } from '../../../components/feature-slots.ts';
import { RankedListSlot } from '../../../components/ranked-list-slot.ts';
import { HiddenToggle } from '../../../components/hidden-toggle.tsx';
import { applyMutesToDays } from '../../../domain/follow/mute-match.ts';
import { useMuteTest } from '../../../hooks/use-muted-papers.ts';
import { useHiddenStore } from '../../../stores/hidden-store.ts';
import { feedViewRequested, feedViewShown, periodKeyBase } from '../stores/period-key-target.ts';
import { afterPaint, firstViewShown } from '../../../stores/first-view-store.ts';

const KICKER: Record<PeriodKind, string> = { day: 'Daily Papers', week: 'Weekly Papers', month: 'Monthly Papers' };

/**
 * The route of `/` (the newest day with papers) and of `/papers/{date,week,month}/:key`.
 * The period and the sort come from the URL only, so every view is a link.
 */
export function FeedRoute({ kind }: { kind?: PeriodKind }) {
  const { key = '' } = useParams();
  const [search] = useSearchParams();
  const sort = parseFeedSort(search.get('sort'));
  const newest = useNewestDate();
  // Nothing stored (a first visit): nothing to paint first, the import may start at once.
  useEffect(() => {
    if (!kind && newest === null) firstViewShown();
  }, [kind, newest]);
  if (!kind) {
    if (newest === undefined) {
      return (
        <>
          <p className="muted" role="status">Loading papers…</p>
          <PeriodKeys periodKeys={NO_PERIOD_YET} papersLoading />
        </>
      );
    }
    if (newest === null) return <p className="empty">No papers stored yet. They appear here as the import stores them.</p>;
    return <PeriodView period={periodContaining('day', newest)} sort={sort} />;
  }
  const period = parsePeriod(kind, key);
  if (!period) return <InvalidPeriod kind={kind} raw={key} />;
  return <PeriodView period={period} sort={sort} />;
}

function PeriodView({ period, sort }: { period: Period; sort: FeedSort }) {
  const location = useLocation();
  const navigate = useNavigate();
  const dates = useDatesWithPapers();
  const data = usePeriodPapers(period);
  // Work waiting for the first cards starts once they have painted: the list renders them
  // in the frame after this commit, so its effects are too early (see afterPaint).
  const read = data !== undefined;
  useEffect(() => (read ? afterPaint(firstViewShown) : undefined), [read]);
  const RankedList = useContext(RankedListSlot);
  const { UnreadSummary, DayUnreadCount } = useContext(FeatureSlots);
  const ranked = sort === 'for-you' && RankedList !== undefined;
  const muteTest = useMuteTest();
  const showHidden = useHiddenStore((s) => s.showHidden);
  const muted = useMemo(() => (data ? applyMutesToDays(data.days, muteTest, showHidden) : undefined), [data, muteTest, showHidden]);
  const groups = useMemo(() => (muted ? groupFeed(muted.days, sort) : undefined), [muted, sort]);
  const label = periodLabel(period);
  const source = useMemo(() => ({ from: location.pathname + location.search, label }), [location.pathname, location.search, label]);
  // Keyed by value, not by the period object (new every render): a re-render of the same view
  // must not count as a new view arriving, which would drop the keys still on their way.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => feedViewShown({ period, sort, path: periodPath(period, sort) }), [period.kind, period.key, sort, location.key]);
  const periodKeys = useMemo(() => {
    // From the view the key acts on (see period-key-target.ts), not from this render's period.
    const go = (step: (from: Period, dates: readonly string[]) => Period | undefined): PeriodKeyOutcome => {
      // Held until the days with papers are known (held-list-keys.ts): a slow start must not lose ].
      if (!dates) return 'wait';
      const base = periodKeyBase() ?? { period, sort };
      const target = step(base.period, dates);
      if (!target) return 'none';
      const path = periodPath(target, base.sort);
      feedViewRequested({ period: target, sort: base.sort, path });
      navigate(path);
      return 'left';
    };
    return {
      previousPeriod: () => go((from, all) => adjacentPeriod(from, all, -1)),
      nextPeriod: () => go((from, all) => adjacentPeriod(from, all, 1)),
      switchKind: (kind: PeriodKind) => go((from, all) => switchPeriodKind(from, kind, all)),
    };
  }, [dates, navigate, period, sort]);
  const count = groups?.papers.length ?? 0;
  const paperIds = useMemo(() => groups?.papers.map((p) => p.id) ?? [], [groups]);
  const idsByDay = useMemo(() => {
    const byDay = new Map<string, string[]>();
    for (const p of groups?.papers ?? []) {
      const ids = byDay.get(p.date);
      if (ids) ids.push(p.id);
      else byDay.set(p.date, [p.id]);
    }
    return byDay;
  }, [groups]);

  return (
    <section className="feed" aria-labelledby="feed-heading">
      <header className="feed__header">
        <p className="feed__kicker">{KICKER[period.kind]}</p>
        <h1 id="feed-heading" className="feed__heading">
          {label}
        </h1>
        <p className="feed__count muted" role="status">
          {!groups ? 'Loading papers…' : `${formatPaperCount(count)}${data?.complete ? '' : ' so far, loading…'}`}
        </p>
        {/* The line is kept while the count loads, so the list below never shifts (scroll restore depends on it). */}
        <div className="feed__unread">{count > 0 && data?.complete && UnreadSummary ? <UnreadSummary paperIds={paperIds} label={`Mark this ${period.kind} as read`} /> : null}</div>
        <HiddenToggle hidden={muted?.hidden ?? 0} />
      </header>
      <PeriodToolbar period={period} sort={sort} dates={dates ?? []} />
      {groups && count === 0 && data?.complete ? (
        <EmptyPeriod period={period} sort={sort} dates={dates ?? []} />
      ) : null}
      {groups && count > 0 && !ranked ? null : <PeriodKeys periodKeys={periodKeys} papersLoading={!groups} />}
      {groups && count > 0 && RankedList && ranked ? <RankedList papers={groups.papers} source={source} /> : null}
      {groups && count > 0 && !ranked ? (
        <PaperList
          key={location.key}
          papers={groups.papers}
          groups={period.kind !== 'day' && groups.dates.length > 0 ? groups : undefined}
          dayHeading={(date, n) => (
            <>
              {dayHeading(date)} <span className="muted">· {formatPaperCount(n)}</span>
              {DayUnreadCount ? <DayUnreadCount paperIds={idsByDay.get(date) ?? []} /> : null}
            </>
          )}
          source={source}
          periodKeys={periodKeys}
        />
      ) : null}
    </section>
  );
}

const NO_PAPERS = { count: 0, current: -1, select: () => {}, open: () => {} };
/** `/` before the newest day is known: no period to step from yet. */
const wait = (): PeriodKeyOutcome => 'wait';
const NO_PERIOD_YET = { previousPeriod: wait, nextPeriod: wait, switchKind: wait };

/**
 * The list keys while no list is on screen (the period's papers still loading, or none):
 * [ ] d w m act, and while the papers load, j k o b m are held for the list, which plays
 * them once it is mounted (held-list-keys.ts). Without this a key pressed right after
 * navigating, or right after opening a day on a slow start, was lost.
 */
function PeriodKeys({ periodKeys, papersLoading }: { periodKeys: Pick<ListKeyboardActions, 'previousPeriod' | 'nextPeriod' | 'switchKind'>; papersLoading: boolean }) {
  useListKeyboard({ ...NO_PAPERS, papersLoading, ...periodKeys });
  return null;
}
