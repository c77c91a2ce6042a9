import { Fragment, memo } from 'react';
import { useMarkPainted } from '../hooks/use-mark-painted.ts';
import type { SearchResponse } from '../api/search-protocol.ts';
import { SearchResult } from './search-result.tsx';

interface Props {
  response: SearchResponse;
  /** False while a newer search runs: the list is dimmed and marked busy until it lands. */
  current: boolean;
  onMore(): void;
}

/** The result list, its count and "show more"; marks `search:painted` once a current answer is on screen. */
export const SearchResults = memo(function SearchResults({ response, current, onMore }: Props) {
  useMarkPainted(response.query.text, current, response, response.tookMs);

  return (
    <section className={current ? 'search-results' : 'search-results search-results--stale'} aria-busy={!current} aria-label="Search results">
      <ol className="search-results__list">
        {response.hits.map((hit, i) => (
          <Fragment key={hit.id}>
            {/* Papers matching every word come first; say where the partial matches begin. */}
            {!hit.full && i > 0 && response.hits[i - 1]!.full && <li className="search-results__divider">Matching some of the words</li>}
            <li>
              <SearchResult hit={hit} />
            </li>
          </Fragment>
        ))}
      </ol>
      {response.total > response.hits.length && (
        <button type="button" className="button search-results__more" onClick={onMore}>
          Show more results
        </button>
      )}
    </section>
  );
});
