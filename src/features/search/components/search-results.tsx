import { memo, useDeferredValue } from 'react';
import { useMarkPainted } from '../hooks/use-mark-painted.ts';
import type { SearchResponse } from '../api/search-protocol.ts';
import type { SearchHitView } from '../../../domain/search/search-types.ts';
import { SearchResult } from './search-result.tsx';

/**
 * Cards rendered in the answer's own task: more than a tall screen shows (a card is about
 * 10rem). The rest of the page of results follows in a deferred render, after that frame.
 */
export const FIRST_CARDS = 8;

interface Props {
  response: SearchResponse;
  /** False while a newer search runs: the list is dimmed and marked busy until it lands. */
  current: boolean;
  onMore(): void;
}

/**
 * The result list, its count and "show more"; marks `search:painted` once a current answer
 * is on screen. A new answer renders its first FIRST_CARDS cards at once and the rest in a
 * deferred render (`useDeferredValue`): at a key, the cards below the screen (not painted:
 * `content-visibility: auto`) no longer hold up the frame that shows the new results. Until
 * then the previous answer's other cards stay mounted but hidden, so the deferred render
 * moves them (memoized by content: unchanged ones are not rendered again) rather than
 * building them anew.
 */
export const SearchResults = memo(function SearchResults({ response, current, onMore }: Props) {
  useMarkPainted(response.query.text, current, response, response.tookMs);
  const settled = useDeferredValue(response);
  // Only a new text: "Show more" (the same text, more hits) keeps every card it had in place.
  const split = settled !== response && settled.query.text !== response.query.text;
  const head = split ? response.hits.slice(0, FIRST_CARDS) : response.hits;
  const shown = new Set(head.map((hit) => hit.id));
  const stale = split ? settled.hits.filter((hit) => !shown.has(hit.id)) : [];

  return (
    <section className={current ? 'search-results' : 'search-results search-results--stale'} aria-busy={!current} aria-label="Search results">
      <ol className="search-results__list">
        {/* One keyed array: a card keeps its instance when it moves between the first cards and the rest. */}
        {[
          ...head.flatMap((hit, i) => [
            // Papers matching every word come first; say where the partial matches begin.
            ...(!hit.full && i > 0 && head[i - 1]!.full ? [<li key="divider" className="search-results__divider">Matching some of the words</li>] : []),
            <Card key={hit.id} hit={hit} />,
          ]),
          ...stale.map((hit) => <Card key={hit.id} hit={hit} hidden />),
        ]}
      </ol>
      {response.total > response.hits.length && (
        <button type="button" className="button search-results__more" onClick={onMore}>
          Show more results
        </button>
      )}
    </section>
  );
});

function Card({ hit, hidden }: { hit: SearchHitView; hidden?: boolean }) {
  return (
    <li hidden={hidden}>
      <SearchResult hit={hit} />
    </li>
  );
}
