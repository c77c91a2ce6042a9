import './recommend.css';
import { Link, useSearchParams } from 'react-router-dom';
import { formatCount } from '../../../domain/feed/author-list.ts';
import { dayHeading } from '../../../domain/feed/period.ts';
import { LibraryMarksProvider } from '../../../hooks/library-marks.tsx';
import { HiddenToggle } from '../../../components/hidden-toggle.tsx';
import { useMutedItems } from '../../../hooks/use-muted-papers.ts';
import { useVisitStore } from '../../../stores/visit-store.ts';
import type { Pick } from '../api/recommend-protocol.ts';
import { useRecommendation } from '../hooks/use-recommendation.ts';
import { ColdStart } from './cold-start.tsx';
import { RecommendedCard } from './recommended-card.tsx';

const SHOWN = 30;
const SOURCE = { from: '/for-you', label: 'For you' };

/**
 * `/for-you`: the best unread papers featured since the last visit (or, with `?all=1` or on
 * a first visit, of the whole corpus), grouped by day (the day of the best pick first), each
 * with its rank and why.
 */
export function ForYouPage() {
  const [params] = useSearchParams();
  const baseline = useVisitStore((s) => s.baseline);
  const all = params.get('all') === '1' || baseline === null;
  const since = all ? null : (baseline ?? undefined);
  const query = since === undefined && !all ? undefined : ({ type: 'for-you', since: since ?? null, limit: SHOWN, interest: 'all' } as const);
  const { answer, error } = useRecommendation(query);
  return (
    <section className="for-you" aria-labelledby="for-you-heading">
      <h1 id="for-you-heading">For you</h1>
      <p className="muted">
        Learnt on this device from your bookmarks, collections and "more / less like this"; nothing is sent anywhere.{' '}
        {all ? (
          baseline ? <Link to="/for-you">Only papers since your last visit</Link> : null
        ) : (
          <Link to="/for-you?all=1">All unread papers</Link>
        )}
      </p>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      {!error && !answer ? <p className="muted" role="status">Ranking for you…</p> : null}
      {answer?.cold ? <ColdStart cold={answer.cold} /> : null}
      {answer && !answer.cold ? <Picks picks={answer.picks} candidates={answer.candidates} since={all ? null : baseline ?? null} /> : null}
    </section>
  );
}

const paperOf = (pick: Pick) => pick.paper;

function Picks({ picks: ranked, candidates, since }: { picks: Pick[]; candidates: number; since: string | null }) {
  const shown = useMutedItems(ranked, paperOf);
  const picks = shown.items ?? [];
  const scope = since ? `unread papers featured since your last visit (after ${dayHeading(since)})` : 'unread papers';
  if (!picks.length) {
    return (
      <>
        <HiddenToggle hidden={shown.hidden} />
        <p className="empty" role="status">
          No {scope} to pick from. <Link to="/for-you?all=1">See the best of all unread papers</Link>.
        </p>
      </>
    );
  }
  const days = new Map<string, { pick: Pick; rank: number }[]>();
  picks.forEach((pick, i) => {
    const date = pick.paper!.date;
    days.set(date, [...(days.get(date) ?? []), { pick, rank: i + 1 }]);
  });
  return (
    <>
      <p className="feed__count" role="status">
        The best {formatCount(picks.length)} of {formatCount(candidates)} {scope}.
      </p>
      <HiddenToggle hidden={shown.hidden} />
      <LibraryMarksProvider>
        {/* Days in the order of their best pick (a Map keeps first insertion): rank 1 is always on top. */}
        {[...days].map(([date, items]) => (
          <section key={date} aria-label={dayHeading(date)}>
            <h2 className="for-you-day">
              {dayHeading(date)} <span className="muted">· {formatCount(items.length)}</span>
            </h2>
            <ol className="recommend-list">
              {items.map(({ pick, rank }) => (
                <li key={pick.id}>
                  <RecommendedCard paper={pick.paper!} rank={rank} reason={pick} source={SOURCE} />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </LibraryMarksProvider>
    </>
  );
}
