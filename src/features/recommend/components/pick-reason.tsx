import { Link } from 'react-router-dom';
import { paperPath } from '../../../lib/paths.ts';
import type { PickReason as Reason } from '../api/recommend-protocol.ts';

/** Why a paper was picked, in words: the terms it shares, and the nearest saved paper. Text only. */
export function PickReason({ reason, sharesLabel = 'Shares' }: { reason: Reason; sharesLabel?: string }) {
  if (!reason.terms.length && !reason.like) return null;
  return (
    <p className="pick-reason">
      <span className="visually-hidden">Why: </span>
      {reason.terms.length ? (
        <span>
          {sharesLabel}: {reason.terms.map((term, i) => (
            <span key={term}>
              {i > 0 ? ', ' : ''}
              <em>{term}</em>
            </span>
          ))}
        </span>
      ) : null}
      {reason.terms.length && reason.like ? <span aria-hidden="true"> · </span> : null}
      {reason.like ? (
        <span>
          like: <Link to={paperPath(reason.like.id)}>{reason.like.title}</Link>
        </span>
      ) : null}
    </p>
  );
}
