import { useId } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';

const AUTHORS_SHOWN = 3;

/** One paper in a list. Titles and abstracts are rendered as text, never as HTML. */
export function PaperCard({ paper }: { paper: Paper }) {
  const titleId = useId();
  const shown = paper.authors.slice(0, AUTHORS_SHOWN).join(', ');
  const more = paper.authors.length - AUTHORS_SHOWN;
  return (
    <article className="paper-card" aria-labelledby={titleId}>
      <div className="paper-card__votes" aria-label={`${paper.upvotes} upvotes`}>
        ▲ {paper.upvotes}
      </div>
      <div className="paper-card__body">
        <h2 id={titleId} className="paper-card__title">
          {paper.title}
        </h2>
        <p className="paper-card__meta">
          {shown}
          {more > 0 ? ` and ${more.toLocaleString('en')} more` : ''}
          {paper.organization ? ` · ${paper.organization.fullname ?? paper.organization.name}` : ''}
          {` · ${paper.date}`}
        </p>
        <p className="paper-card__abstract">{paper.abstract}</p>
      </div>
    </article>
  );
}
