import { memo, useId } from 'react';
import { Link } from 'react-router-dom';
import type { SearchHitView } from '../../../domain/search/search-types.ts';
import { sameHitView } from '../../../domain/search/same-hit.ts';
import { formatCount, formatCountOf } from '../../../domain/format/count.ts';
import { shortDayLabel } from '../../../domain/feed/period.ts';
import { HighlightedText } from './highlighted-text.tsx';

/**
 * One search result: highlighted title linking to the paper, meta line, highlighted excerpt.
 * Memoized by content (each answer comes from the worker as new objects): the list re-renders
 * at each key, and a card whose hit did not change is not re-rendered.
 */
export const SearchResult = memo(function SearchResult({ hit }: { hit: SearchHitView }) {
  const titleId = useId();
  return (
    <article className="paper-card search-result" aria-labelledby={titleId}>
      <div className="paper-card__votes" aria-label={formatCountOf(hit.upvotes, 'upvote')} title={formatCountOf(hit.upvotes, 'upvote')}>
        <span aria-hidden="true">▲</span>
        <span>{formatCount(hit.upvotes)}</span>
      </div>
      <div className="paper-card__body">
        <h2 id={titleId} className="paper-card__title">
          <Link to={`/papers/${encodeURIComponent(hit.id)}`}>
            <HighlightedText text={hit.title} highlights={hit.titleHighlights} />
          </Link>
        </h2>
        <p className="paper-card__meta">
          <span>
            {hit.authors}
            {hit.orgLabel ? ` · ${hit.orgLabel}` : ''}
          </span>
          <time dateTime={hit.date}>{shortDayLabel(hit.date)}</time>
        </p>
        <p className="search-result__excerpt">
          <HighlightedText text={hit.excerpt} highlights={hit.excerptHighlights} />
        </p>
      </div>
    </article>
  );
}, (before, after) => sameHitView(before.hit, after.hit));
