import '../feed.css';
import { useMemo } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { formatCount, formatPaperCount } from '../../../domain/feed/author-list.ts';
import { groupFeed } from '../../../domain/feed/feed-groups.ts';
import { parseFeedSort, type FeedSort } from '../../../domain/feed/feed-sort.ts';
import { adjacentPeriod, switchPeriodKind } from '../../../domain/feed/period-navigation.ts';
import { dayHeading, parsePeriod, periodContaining, periodLabel, type Period, type PeriodKind } from '../../../domain/feed/period.ts';
import { periodPath } from '../../../lib/paths.ts';
import { useDatesWithPapers, useNewestDate } from '../../../lib/use-dates-with-papers.ts';
import { usePeriodPapers } from '../../../lib/use-period-papers.ts';
import { InvalidPeriod } from './invalid-period.tsx';
import { PaperList } from './paper-list.tsx';
import { PeriodToolbar } from './period-toolbar.tsx';
import { useListKeyboard, type ListKeyboardActions } from '../hooks/use-list-keyboard.ts';
import { DayUnreadCount, UnreadSummary } from '../../../components/unread-count.tsx';
import { HiddenToggle } from '../../../components/hidden-toggle.tsx';
import { applyMutesToDays } from '../../../domain/follow/mute-match.ts';
import { useMuteTest } from '../../../lib/use-muted-papers.ts';
import { useHiddenStore } from '../../../lib/hidden-store.ts';

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
  if (!kind) {
    if (newest === undefined) return <p className="muted" role="status">Loading papers…</p>;
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
  const muteTest = useMuteTest();
  const showHidden = useHiddenStore((s) => s.showHidden);
  const muted = useMemo(() => (data ? applyMutesToDays(data.days, muteTest, showHidden) : undefined), [data, muteTest, showHidden]);
  const groups = useMemo(() => (muted ? groupFeed(muted.days, sort) : undefined), [muted, sort]);
  const label = periodLabel(period);
  const source = useMemo(() => ({ from: location.pathname + location.search, label }), [location.pathname, location.search, label]);
  const periodKeys = useMemo(() => {
    const go = (target: Period | undefined) => target && navigate(periodPath(target, sort));
    return {
      previousPeriod: () => go(dates && adjacentPeriod(period, dates, -1)),
      nextPeriod: () => go(dates && adjacentPeriod(period, dates, 1)),
      switchKind: (kind: PeriodKind) => go(dates && switchPeriodKind(period, kind, dates)),
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
        <div className="feed__unread">{count > 0 && data?.complete ? <UnreadSummary paperIds={paperIds} label={`Mark this ${period.kind} as read`} /> : null}</div>
        <HiddenToggle hidden={muted?.hidden ?? 0} />
      </header>
      <PeriodToolbar period={period} sort={sort} dates={dates ?? []} />
      {groups && count === 0 && data?.complete ? (
        <p className="empty">No papers {period.kind === 'day' ? 'on' : 'in'} {label}. Try the previous or next {period.kind}.</p>
      ) : null}
      {groups && count > 0 ? null : <PeriodKeys periodKeys={periodKeys} />}
      {groups && count > 0 ? (
        <PaperList
          key={location.key}
          papers={groups.papers}
          groups={period.kind === 'day' ? undefined : groups}
          dayHeading={(date, n) => (
            <>
              {dayHeading(date)} <span className="muted">· {formatCount(n)} papers</span>
              <DayUnreadCount paperIds={idsByDay.get(date) ?? []} />
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

/**
 * [ ] d w m while no list is on screen (the period's papers still loading, or none): the
 * list owns these keys once it is mounted. Without this a key pressed right after
 * navigating, before the new period's papers had loaded, was lost.
 */
function PeriodKeys({ periodKeys }: { periodKeys: Pick<ListKeyboardActions, 'previousPeriod' | 'nextPeriod' | 'switchKind'> }) {
  useListKeyboard({ ...NO_PAPERS, ...periodKeys });
  return null;
}
