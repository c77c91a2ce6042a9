import { memo } from 'react';
import type { SearchHitView } from '../../../domain/search/search-types.ts';
import { sameHitView } from '../../../domain/search/same-hit.ts';
import { PaperCard } from '../../../components/paper/paper-card.tsx';
import { HighlightedText } from './highlighted-text.tsx';

/**
 * One search result: the paper card with the title and an excerpt highlighted. Memoized by
 * content (each answer comes from the worker as new objects): the list re-renders at each
 * key, and a card whose hit did not change is not re-rendered.
 */
export const SearchResult = memo(function SearchResult({ hit }: { hit: SearchHitView }) {
  const paper = { id: hit.id, title: hit.title, date: hit.date, upvotes: hit.upvotes, organization: hit.org ? { name: hit.org, fullname: hit.orgLabel } : undefined };
  return (
    <PaperCard
      paper={paper}
      className="search-result"
      headingLevel={2}
      title={<HighlightedText text={hit.title} highlights={hit.titleHighlights} />}
      authorLine={hit.authors}
    >
      <p className="paper-card__excerpt">
        <HighlightedText text={hit.excerpt} highlights={hit.excerptHighlights} />
      </p>
    </PaperCard>
  );
}, (before, after) => sameHitView(before.hit, after.hit));
