import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { formatCount, summarizeAuthors } from '../../../domain/feed/author-list.ts';
import { shortDayLabel } from '../../../domain/feed/period.ts';
import { PaperActions } from '../../../components/paper-actions.tsx';
import { paperPath } from '../../../lib/paths.ts';
import type { ViewSource } from '../../../lib/view-source.ts';
import type { PickReason as Reason } from '../api/recommend-protocol.ts';
import { PickReason } from './pick-reason.tsx';

/** A recommended paper: its rank, title, authors, day, why it was picked, and the usual actions. */
export function RecommendedCard({ paper, rank, reason, source }: { paper: Paper; rank: number; reason: Reason; source?: ViewSource }) {
  const titleId = useId();
  const { names, more } = summarizeAuthors(paper.authors, 3);
  return (
    <article className="recommended-card" aria-labelledby={titleId} data-rank={rank} data-paper-id={paper.id}>
      <span className="recommended-card__rank" aria-label={`Rank ${rank}`}>
        {rank}
      </span>
      <div className="recommended-card__body">
        <h3 id={titleId} className="recommended-card__title">
          <Link to={paperPath(paper.id)} state={source}>
            {paper.title}
          </Link>
        </h3>
        <p className="recommended-card__meta muted">
          {names.join(', ')}
          {more > 0 ? ` and ${formatCount(more)} more` : ''} · <time dateTime={paper.date}>{shortDayLabel(paper.date)}</time> · ▲ {formatCount(paper.upvotes)}
        </p>
        <PickReason reason={reason} />
        <div className="recommended-card__actions">
          <PaperActions paper={paper} />
        </div>
      </div>
    </article>
  );
}
