import { Link } from 'react-router-dom';
import { closestRealDate, periodContaining, periodLabel, type PeriodKind } from '../../../domain/feed/period.ts';
import { nearestDate } from '../../../domain/feed/period-navigation.ts';
import { periodPath } from '../../../lib/paths.ts';
import { useDatesWithPapers } from '../../../hooks/use-dates-with-papers.ts';

const EXAMPLE: Record<PeriodKind, string> = { day: '2025-10-03', week: '2025-W40', month: '2025-10' };
const NOUN: Record<PeriodKind, string> = { day: 'date', week: 'ISO week', month: 'month' };

/** A URL naming a period that does not exist (2025-02-30): say so, and offer the nearest day with papers. */
export function InvalidPeriod({ kind, raw }: { kind: PeriodKind; raw: string }) {
  const dates = useDatesWithPapers();
  const guess = closestRealDate(kind, raw);
  const nearest = dates && (guess ? nearestDate(dates, guess) : dates.at(-1));
  return (
    <section className="status-page" role="alert" aria-labelledby="invalid-period-title">
      <h1 id="invalid-period-title">Not a valid {NOUN[kind]}</h1>
      <p>
        “{raw}” is not a real {NOUN[kind]}. Write it like <code>{EXAMPLE[kind]}</code>.
      </p>
      {nearest ? (
        <p>
          The nearest day with papers:{' '}
          <Link to={periodPath(periodContaining('day', nearest))}>{periodLabel(periodContaining('day', nearest))}</Link>
        </p>
      ) : dates ? (
        <p>
          <Link to="/">Go to the newest papers</Link>
        </p>
      ) : null}
    </section>
  );
}
