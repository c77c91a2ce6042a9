import type { SearchFilters } from '../../../domain/search/search-types.ts';
import { useMarkPainted } from '../hooks/use-mark-painted.ts';

interface Props {
  text: string;
  filters: SearchFilters;
  onClearFilters(): void;
}

/** Nothing matched: what to try next. */
export function SearchEmpty({ text, filters, onClearFilters }: Props) {
  useMarkPainted(text, true, filters);
  const filtered = Object.keys(filters).length > 0;
  return (
    <div className="search-empty">
      <p>No papers match {text.trim() ? <strong>“{text.trim()}”</strong> : 'these filters'}.</p>
      <ul>
        <li>Try fewer or more general words, or one word you are sure of.</li>
        <li>Search by person or lab: <code>author:surname</code>, <code>org:name</code>.</li>
        <li>Remove a <code>-word</code> or an exact <code>"phrase"</code>.</li>
        {filtered && (
          <li>
            Filters narrow the search.{' '}
            <button type="button" className="button" onClick={onClearFilters}>
              Clear filters
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
