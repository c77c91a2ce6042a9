import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router-dom';
import type { SearchFilters, SortOrder } from '../../../domain/search/search-types.ts';
import { readSearchParams, writeSearchParams, type SearchUrlState } from '../api/search-params.ts';
import { setPendingText, usePendingTextStore } from '../stores/pending-text-store.ts';

/**
 * The search lives in the URL (/search?q=…&org=…&sort=…): the text, the filters and the sort
 * are read from it and written to it, so a link, a reload, back and forward all give the
 * same search. Off /search the URL holds no query, and the box is empty.
 *
 * Typing is the one exception, for at most `TEXT_WRITE_DELAY_MS`: each URL write is a router
 * navigation (history.replaceState plus a render of everything that reads the location: every
 * link of the page), and at every key that cost more main-thread time than the search itself.
 * So the box's text is written once the reader pauses (or leaves the box); until then it is a
 * pending write that the search already runs on. Leaving the page's location in any other
 * way (back, forward, a link) drops it.
 */
/** Navigation state of the URLs the box writes as the reader types (see `fromOutside`). */
export const FROM_BOX = { fromBox: true } as const;

/** How long after the last key the box's text is written to the URL. */
export const TEXT_WRITE_DELAY_MS = 300;

export function useSearchUrl() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const onSearch = location.pathname === '/search';
  const search = onSearch ? location.search : '';
  const read = useMemo(() => readSearchParams(new URLSearchParams(search)), [search]);
  // The same filters object while the filters are the same: typing changes only the text,
  // and the memoized filters bar and the search's effect compare by identity.
  const filterKey = JSON.stringify(read.filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `filterKey` stands for `read.filters`
  const filters = useMemo(() => read.filters, [filterKey]);

  // The URLs the box writes carry FROM_BOX, so only a URL from elsewhere (back, forward,
  // reload, a link) is put back into the box.
  const fromBox = navigationType !== 'POP' && (location.state as { fromBox?: boolean } | null)?.fromBox === true;
  const fromOutside = !fromBox;

  // A pending write applies on the location it was typed on, and on those the box wrote since.
  const pending = usePendingTextStore((s) => s.pending);
  const applies = onSearch && pending !== undefined && (pending.key === location.key || fromBox);
  const text = applies ? pending.q : read.q;
  useLayoutEffect(() => {
    // Written (the URL holds it) or abandoned (the reader went elsewhere): nothing is pending.
    if (pending && (!applies || pending.q === read.q)) setPendingText(undefined);
  }, [pending, applies, read.q]);

  // The URL of the last commit, for the writers below: they run at events, after it
  // (and stable writers keep the memoized filters bar from re-rendering at every key).
  const committed = useRef({ search, key: location.key });
  useLayoutEffect(() => {
    committed.current = { search, key: location.key };
  }, [search, location.key]);

  /**
   * Writes the pending text (on a pause, a blur, a submit, before the page is left). `now`
   * renders the write at once: on a blur the click that took the focus comes next, and what
   * it acts on (the Follow button's search, a link's way back) must already hold the text.
   */
  const flushText = useCallback(
    (now = false) => {
      const waiting = usePendingTextStore.getState().pending;
      if (!waiting) return;
      const url = readSearchParams(new URLSearchParams(committed.current.search));
      if (url.q === waiting.q) return setPendingText(undefined);
      // Typing replaces the history entry: one entry per search, not per key.
      navigate(searchUrl({ ...url, q: waiting.q }), { replace: true, state: FROM_BOX, flushSync: now });
    },
    [navigate],
  );

  /** The box's text on /search: searched at once, written to the URL by `flushText`. */
  const typeText = useCallback((q: string) => {
    const waiting = usePendingTextStore.getState().pending;
    setPendingText({ q, key: waiting?.key ?? committed.current.key });
  }, []);

  // A filter or a sort is a new history entry, so back undoes it; it carries the text typed.
  const setFilters = useCallback(
    (next: SearchFilters, sort: SortOrder) => {
      const q = usePendingTextStore.getState().pending?.q ?? readSearchParams(new URLSearchParams(committed.current.search)).q;
      navigate(searchUrl({ q, filters: next, sort }));
    },
    [navigate],
  );

  return { text, urlText: read.q, urlKey: location.key, filters, sort: read.sort, typeText, flushText, setFilters, fromOutside };
}

function searchUrl(state: SearchUrlState): string {
  const params = writeSearchParams(state).toString();
  return params ? `/search?${params}` : '/search';
}
