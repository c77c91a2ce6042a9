import { useCallback, useMemo } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router-dom';
import type { SearchFilters, SortOrder } from '../../../domain/search/search-types.ts';
import { readSearchParams, writeSearchParams } from '../api/search-params.ts';

/**
 * The search lives in the URL only (/search?q=…&org=…&sort=…): the text, the filters and the
 * sort are read from it and written to it, so a link, a reload, back and forward all give the
 * same search. Off /search the URL holds no query, and the box is empty.
 */
/** Navigation state of the URLs the box writes as the reader types (see `fromOutside`). */
export const FROM_BOX = { fromBox: true } as const;

export function useSearchUrl() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const onSearch = location.pathname === '/search';
  const state = useMemo(() => readSearchParams(onSearch ? params : new URLSearchParams()), [params, onSearch]);

  // Typing replaces the history entry (one entry per search, not per key); a filter or a
  // sort is a new entry, so back undoes it. Both read the current URL, not a render's copy.
  const setText = useCallback(
    (q: string) => setParams((current) => writeSearchParams({ ...readSearchParams(current), q }), { replace: true, state: FROM_BOX }),
    [setParams],
  );
  const setFilters = useCallback(
    (filters: SearchFilters, sort: SortOrder) => setParams((current) => writeSearchParams({ q: readSearchParams(current).q, filters, sort })),
    [setParams],
  );

  // The URLs the box writes trail its text (each settles after the key that wrote it), so
  // only a URL from elsewhere (back, forward, reload, a link) is put back into the box.
  const fromOutside = navigationType === 'POP' || (location.state as { fromBox?: boolean } | null)?.fromBox !== true;

  return { text: state.q, filters: state.filters, sort: state.sort, setText, setFilters, fromOutside };
}
