import './recommend.css';
import { useMemo, useState } from 'react';
import { formatPaperCount } from '../../../domain/feed/author-list.ts';
import type { RankedListProps } from '../../../components/ranked-list-slot.ts';
import { LibraryMarksProvider } from '../../../hooks/library-marks.tsx';
import { useRecommendation } from '../hooks/use-recommendation.ts';
import { ColdStart } from './cold-start.tsx';
import { RecommendedCard } from './recommended-card.tsx';

const PAGE = 50;

/** `?sort=for-you` on a day, week or month: the period's papers in the order of the reader's interest. */
export function ForYouOrder({ papers, source }: RankedListProps) {
  const ids = useMemo(() => papers.map((p) => p.id), [papers]);
  const byId = useMemo(() => new Map(papers.map((p) => [p.id, p])), [papers]);
  const { answer, error } = useRecommendation({ type: 'order', ids, interest: 'all' });
  const [shown, setShown] = useState(PAGE);
  if (error) return <p role="alert" className="form-error">{error}</p>;
  if (!answer) return <p className="muted" role="status">Ranking for you…</p>;
  if (answer.cold) return <ColdStart cold={answer.cold} />;
  const picks = answer.picks.slice(0, shown);
  return (
    <section className="for-you-order" aria-label="Papers ranked for you">
      <p className="muted">Ranked for you by what you saved, on this device. The best first, each with why.</p>
      <LibraryMarksProvider>
        <ol className="recommend-list">
          {picks.map((pick, i) => {
            const paper = byId.get(pick.id);
            return paper ? (
              <li key={pick.id}>
                <RecommendedCard paper={paper} rank={i + 1} reason={pick} source={source} />
              </li>
            ) : null;
          })}
        </ol>
      </LibraryMarksProvider>
      {answer.picks.length > shown ? (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {formatPaperCount(Math.min(PAGE, answer.picks.length - shown))} more
        </button>
      ) : null}
    </section>
  );
}
