import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { summarizeAuthors } from '../../../domain/feed/author-list.ts';
import { formatCount, formatCountOf } from '../../../domain/format/count.ts';
import { periodContaining, shortDayLabel } from '../../../domain/feed/period.ts';
import { ExternalLinks } from '../../../components/paper/external-links.tsx';
import { CategoryLinks } from '../../../components/paper/category-links.tsx';
import { orgPath, paperPath, periodPath } from '../../../lib/paths.ts';
import type { ViewSource } from '../../../lib/view-source.ts';

const AUTHORS_SHOWN = 3;

export interface PaperCardProps {
  paper: Paper;
  /** Position in its list, for keyboard navigation. */
  index?: number;
  /** The selected paper (j/k). */
  current?: boolean;
  /** Where the paper page's back link and previous/next lead. */
  source?: ViewSource;
  /** Buttons that act on the paper (a bookmark, say), shown beside its links. */
  actions?: ReactNode;
}

/** One paper in a list. Titles and abstracts are rendered as text, never as HTML. */
export function PaperCard({ paper, index, current = false, source, actions }: PaperCardProps) {
  const titleId = useId();
  const abstractId = useId();
  const [expanded, setExpanded] = useState(false);
  const { names, more } = summarizeAuthors(paper.authors, AUTHORS_SHOWN);
  return (
    <article
      className={`paper-card${current ? ' paper-card--current' : ''}`}
      aria-labelledby={titleId}
      aria-current={current || undefined}
      data-paper-index={index}
      tabIndex={-1}
    >
      <div className="paper-card__votes" aria-label={formatCountOf(paper.upvotes, 'upvote')} title={formatCountOf(paper.upvotes, 'upvote')}>
        <span aria-hidden="true">▲</span>
        <span>{formatCount(paper.upvotes)}</span>
      </div>
      <div className="paper-card__body">
        <h3 id={titleId} className="paper-card__title">
          <Link to={paperPath(paper.id)} state={source}>
            {paper.title}
          </Link>
        </h3>
        <p className="paper-card__meta">
          <span className="paper-card__authors">
            {names.join(', ')}
            {more > 0 ? ` and ${formatCount(more)} more` : ''}
          </span>
          {paper.organization ? (
            <Link to={orgPath(paper.organization.name)} className="paper-card__org">
              {paper.organization.fullname ?? paper.organization.name}
            </Link>
          ) : null}
          <Link to={periodPath(periodContaining('day', paper.date))} className="paper-card__day">
            <time dateTime={paper.date}>{shortDayLabel(paper.date)}</time>
          </Link>
          {paper.githubStars !== undefined ? (
            <span className="paper-card__stars" role="img" aria-label={formatCountOf(paper.githubStars, 'GitHub star')} title={formatCountOf(paper.githubStars, 'GitHub star')}>
              <span aria-hidden="true">★ {formatCount(paper.githubStars)}</span>
            </span>
          ) : null}
        </p>
        <CategoryLinks categories={paper.categories} />
        <p id={abstractId} className={`paper-card__abstract${expanded ? ' paper-card__abstract--open' : ''}`}>
          {paper.abstract}
        </p>
        <div className="paper-card__footer">
          <button
            type="button"
            className="link-button"
            aria-expanded={expanded}
            aria-controls={abstractId}
            onClick={() => setExpanded((open) => !open)}
          >
            {expanded ? 'Show less' : 'Show more'}
            <span className="visually-hidden"> of the abstract</span>
          </button>
          <ExternalLinks paper={paper} />
          {actions ? <div className="paper-card__actions">{actions}</div> : null}
        </div>
      </div>
    </article>
  );
}
