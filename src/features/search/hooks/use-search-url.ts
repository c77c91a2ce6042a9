import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { SearchFilters, SortOrder } from '../../../domain/search/search-types.ts';
import { readSearchParams, writeSearchParams } from '../api/search-params.ts';
import { setSearchText, useSearchStore } from '../stores/search-store.ts';

/**
 * Typing updates the URL's q this long after the last keystroke (history stays usable).
 * Longer than the gap between a quick typist's keys (~120 ms): each write is a router
 * navigation that re-renders the page, and at 100 ms it ran after every key.
 */
const URL_DEBOUNCE_MS = 400;
/** Navigation state of URLs written from the box's text (see search-box.tsx). */
export const FROM_BOX = { fromBox: true } as const;

/**
 * Keeps the search in the URL: filters and sort are written at once, the text in the box
 * after a pause in typing; a URL opened or navigated to (new tab, back) fills the box.
 */
export function useSearchUrl() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearchParams(params), [params]);
  const text = useSearchStore((s) => s.text);
  const written = useRef<string | null>(null);
  const fromBox = (useLocation().state as { fromBox?: boolean } | null)?.fromBox === true;

  // URLs the box wrote trail the text (typing goes on while they land): adopt those only
  // when the box is empty (a reload keeps the navigation state).
  useEffect(() => {
    if (state.q !== written.current) {
      written.current = state.q;
      if (!fromBox || useSearchStore.getState().text === '') setSearchText(state.q);
    }
  }, [state.q, fromBox]);

  useEffect(() => {
    if (text === state.q) return;
    const timer = setTimeout(() => {
      written.current = text;
      setParams((current) => writeSearchParams({ ...readSearchParams(current), q: text }), { replace: true, state: FROM_BOX });
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, state.q, setParams]);

  // Stable across keystrokes (the text is read when it is called), so the memoized
  // filters bar does not re-render as the text changes.
  const latestText = useRef(text);
  latestText.current = text;
  const setFilters = useCallback(
    (filters: SearchFilters, sort: SortOrder) => {
      written.current = latestText.current;
      setParams(writeSearchParams({ q: latestText.current, filters, sort }), { state: FROM_BOX });
    },
    [setParams],
  );

  return { text, filters: state.filters, sort: state.sort, setFilters };
}
