import './recommend.css';
import { Link, useParams } from 'react-router-dom';
import { paperPath } from '../../../lib/paths.ts';
import { useRecommendation } from '../hooks/use-recommendation.ts';
import { PickReason } from './pick-reason.tsx';
import { HiddenToggle } from '../../../components/hidden-toggle.tsx';
import { useMutedItems } from '../../../lib/use-muted-papers.ts';
import type { Pick } from '../api/recommend-protocol.ts';

const LIMIT = 10;
const paperOf = (pick: Pick) => pick.paper;

/** On a paper page: the ten papers nearest to it by tf-idf cosine, each with the terms they share. */
export function SimilarPapers() {
  const { id = '' } = useParams();
  const { answer, error } = useRecommendation(id ? { type: 'similar', paperId: id, limit: LIMIT } : undefined);
  const shown = useMutedItems(answer?.picks, paperOf);
  const picks = shown.items ?? [];
  return (
    <section className="recommend-section" aria-labelledby="similar-heading" data-for={answer ? id : undefined} data-took-ms={answer ? answer.tookMs.toFixed(2) : undefined}>
      <h2 id="similar-heading">Similar papers</h2>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      {!error && !answer ? <p className="muted" role="status">Finding similar papers…</p> : null}
      {answer?.missing ? <p className="muted">This paper is not in the stored corpus, so nothing is compared with it.</p> : null}
      {answer && !answer.missing && !answer.picks.length ? <p className="muted">No paper shares enough words with this one.</p> : null}
      <HiddenToggle hidden={shown.hidden} />
      {picks.length ? (
        <ol className="similar-list">
          {picks.map((pick) => (
            <li key={pick.id}>
              <Link to={paperPath(pick.id)}>{pick.paper?.title ?? pick.id}</Link>
              <PickReason reason={{ terms: pick.terms }} sharesLabel="Shares" />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
