import { memo, useMemo } from 'react';
import { SORT_ORDERS, type SearchFilters, type SortOrder } from '../../../domain/search/search-types.ts';
import { useSearchStore } from '../stores/search-store.ts';

interface Props {
  filters: SearchFilters;
  sort: SortOrder;
  onChange(filters: SearchFilters, sort: SortOrder): void;
}

const SORT_LABELS: Record<SortOrder, string> = { relevance: 'Relevance', upvotes: 'Upvotes', newest: 'Newest' };

const NO_ORGS: never[] = [];

/**
 * Date range, organization, minimum upvotes, arXiv category, bookmarked only and sort; all kept in the URL.
 * Memoized (and its organization options with it): typing re-renders the page at every
 * key, and the select has one option per organization.
 */
export const SearchFiltersBar = memo(function SearchFiltersBar({ filters, sort, onChange }: Props) {
  const orgs = useSearchStore((s) => s.status.orgs) ?? NO_ORGS;
  const orgOptions = useMemo(
    () =>
      orgs.map((org) => (
        <option key={org.name} value={org.name}>
          {org.label} ({org.count})
        </option>
      )),
    [orgs],
  );
  const set = (patch: Partial<SearchFilters>) => onChange(clean({ ...filters, ...patch }), sort);
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <label>
        From <input type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label>
        To <input type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      <label>
        Organization{' '}
        <select value={filters.org ?? ''} onChange={(e) => set({ org: e.target.value || undefined })}>
          <option value="">Any</option>
          {filters.org && !orgs.some((o) => o.name === filters.org) && <option value={filters.org}>{filters.org}</option>}
          {orgOptions}
        </select>
      </label>
      <label>
        Minimum upvotes{' '}
        <input
          type="number"
          min={0}
          inputMode="numeric"
          className="search-filters__number"
          value={filters.minUpvotes ?? ''}
          onChange={(e) => set({ minUpvotes: Number(e.target.value) > 0 ? Math.floor(Number(e.target.value)) : undefined })}
        />
      </label>
      <label>
        arXiv category{' '}
        <input
          type="text"
          className="search-filters__category"
          placeholder="cs.CL"
          spellCheck={false}
          autoCapitalize="off"
          value={filters.category ?? ''}
          onChange={(e) => set({ category: e.target.value.trim() || undefined })}
        />
      </label>
      <label>
        <input type="checkbox" checked={filters.bookmarkedOnly ?? false} onChange={(e) => set({ bookmarkedOnly: e.target.checked || undefined })} /> Bookmarked only
      </label>
      <label>
        Sort{' '}
        <select value={sort} onChange={(e) => onChange(filters, e.target.value as SortOrder)}>
          {SORT_ORDERS.map((order) => (
            <option key={order} value={order}>
              {SORT_LABELS[order]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
});

function clean(filters: SearchFilters): SearchFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as SearchFilters;
}
