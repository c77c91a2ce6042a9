import { Link } from 'react-router-dom';
import type { FeedSort } from '../../../domain/feed/feed-sort.ts';
import { adjacentPeriod } from '../../../domain/feed/period-navigation.ts';
import { periodLabel, type Period } from '../../../domain/feed/period.ts';
import { periodPath } from '../../../lib/paths.ts';

/**
 * A period without papers: links to the nearest ones that have some, before and after
 * (only those that exist), so a day past the end of the corpus leads back into it.
 */
export function EmptyPeriod({ period, sort, dates }: { period: Period; sort: FeedSort; dates: readonly string[] }) {
  const label = periodLabel(period);
  const near = [adjacentPeriod(period, dates, -1), adjacentPeriod(period, dates, 1)].filter((p): p is Period => !!p);
  return (
    <div className="empty">
      <p>
        No papers {period.kind === 'day' ? 'on' : 'in'} {label}.
      </p>
      {near.length > 0 ? (
        <p>
          Nearest with papers:{' '}
          {near.map((p, i) => (
            <span key={p.key}>
              {i > 0 ? ' · ' : null}
              <Link to={periodPath(p, sort)}>{periodLabel(p)}</Link>
            </span>
          ))}
        </p>
      ) : dates.length === 0 ? (
        <p>No papers are stored yet.</p>
      ) : null}
    </div>
  );
}
