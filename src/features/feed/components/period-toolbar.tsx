import { Link, useNavigate } from 'react-router-dom';
import { adjacentPeriod, switchPeriodKind } from '../../../domain/feed/period-navigation.ts';
import type { Period, PeriodKind } from '../../../domain/feed/period.ts';
import { parseFeedSort, type FeedSort } from '../../../domain/feed/feed-sort.ts';
import { periodPath } from '../../../lib/paths.ts';
import { DatePicker } from './date-picker.tsx';

const TABS: { kind: PeriodKind; label: string }[] = [
  { kind: 'day', label: 'Daily' },
  { kind: 'week', label: 'Weekly' },
  { kind: 'month', label: 'Monthly' },
];
const UNIT: Record<PeriodKind, string> = { day: 'day', week: 'week', month: 'month' };

export interface PeriodToolbarProps {
  period: Period;
  sort: FeedSort;
  dates: readonly string[];
}

/** Daily / Weekly / Monthly tabs, previous and next period, the date picker and the sort. */
export function PeriodToolbar({ period, sort, dates }: PeriodToolbarProps) {
  const navigate = useNavigate();
  const previous = adjacentPeriod(period, dates, -1);
  const next = adjacentPeriod(period, dates, 1);
  const unit = UNIT[period.kind];
  return (
    <div className="period-toolbar">
      <nav className="period-tabs" aria-label="Period">
        {TABS.map(({ kind, label }) => (
          <Link
            key={kind}
            to={periodPath(switchPeriodKind(period, kind, dates), sort)}
            className="period-tabs__tab"
            aria-current={kind === period.kind ? 'page' : undefined}
          >
            {label}
          </Link>
        ))}
      </nav>
      <div className="period-toolbar__steps">
        <StepLink label={`Previous ${unit}`} symbol="‹" to={previous && periodPath(previous, sort)} />
        <DatePicker selected={period.start} dates={dates} sort={sort} />
        <StepLink label={`Next ${unit}`} symbol="›" to={next && periodPath(next, sort)} />
      </div>
      <label className="period-toolbar__sort">
        <span>Sort by</span>
        <select
          value={sort}
          onChange={(event) => navigate(periodPath(period, parseFeedSort(event.target.value)))}
        >
          <option value="upvotes">Upvotes</option>
          <option value="newest">Newest</option>
          <option value="for-you">For you</option>
        </select>
      </label>
    </div>
  );
}

/** A link styled as a button; a disabled button at either end of the corpus. */
function StepLink({ label, symbol, to }: { label: string; symbol: string; to: string | undefined }) {
  if (!to) {
    return (
      <button type="button" className="button step-button" disabled aria-label={label}>
        {symbol}
      </button>
    );
  }
  return (
    <Link to={to} className="button step-button" aria-label={label} title={label}>
      {symbol}
    </Link>
  );
}
