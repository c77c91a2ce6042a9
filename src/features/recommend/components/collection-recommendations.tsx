import './recommend.css';
import { useSearchParams } from 'react-router-dom';
import { LibraryMarksProvider } from '../../../hooks/library-marks.tsx';
import { HiddenToggle } from '../../../components/hidden-toggle.tsx';
import { useMutedItems } from '../../../hooks/use-muted-papers.ts';
import type { Pick } from '../api/recommend-protocol.ts';
import { useRecommendation } from '../hooks/use-recommendation.ts';
import { ColdStart } from './cold-start.tsx';
import { RecommendedCard } from './recommended-card.tsx';

const LIMIT = 10;
const paperOf = (pick: Pick) => pick.paper;

/** Under a collection in the library (`?collection=<id>`): unread papers like the collection's own. */
export function CollectionRecommendations() {
  const [params] = useSearchParams();
  const collection = params.get('collection');
  const { answer, error } = useRecommendation(collection ? { type: 'for-you', since: null, limit: LIMIT, interest: `collection:${collection}` } : undefined);
  const shown = useMutedItems(answer && !answer.cold ? answer.picks : undefined, paperOf);
  if (!collection) return null;
  return (
    <section className="recommend-section" aria-labelledby="collection-recommendations-heading">
      <h2 id="collection-recommendations-heading">Recommended for this collection</h2>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      {!error && !answer ? <p className="muted" role="status">Ranking…</p> : null}
      {answer?.cold ? <ColdStart cold={answer.cold} what="the papers in this collection" /> : null}
      <HiddenToggle hidden={shown.hidden} />
      {answer && !answer.cold ? (
        <LibraryMarksProvider>
          <ol className="recommend-list">
            {(shown.items ?? []).map((pick, i) => (
              <li key={pick.id}>
                <RecommendedCard paper={pick.paper!} rank={i + 1} reason={pick} />
              </li>
            ))}
          </ol>
        </LibraryMarksProvider>
      ) : null}
    </section>
  );
}
