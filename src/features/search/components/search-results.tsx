import { memo, useEffect } from 'react';
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
  useEffect(() => {
    if (!current) return;
    const text = response.query.text;
    // After the next frame is painted: what the person sees, not just what React committed.
    const frame = requestAnimationFrame(() => setTimeout(() => performance.mark('search:painted', { detail: { text } }), 0));
    return () => cancelAnimationFrame(frame);
  }, [response, current]);

  return (
    <section className={current ? 'search-results' : 'search-results search-results--stale'} aria-busy={!current} aria-label="Search results">
      <ol className="search-results__list">
        {response.hits.map((hit) => (
          <li key={hit.id}>
            <SearchResult hit={hit} />
          </li>
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
