import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { searchHref } from '../api/search-params.ts';
import { FROM_BOX, TEXT_WRITE_DELAY_MS, useSearchUrl } from '../hooks/use-search-url.ts';
import { warmUpSearch } from '../stores/search-store.ts';

/** The header's search box: results as you type on /search; `/` focuses it from anywhere. */
export function SearchBox() {
  const { text, urlKey, typeText, flushText, fromOutside } = useSearchUrl();
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const { pathname, key: locationKey } = useLocation();

  // The box is uncontrolled, so the caret stays where the reader types while the URL catches
  // up (the text is written once the reader pauses); arriving at a URL from elsewhere (back,
  // forward, a link) refills it. Only on arriving: while the reader types on such a URL, the
  // render of one key may land after the next key, and refilling then dropped that key.
  useEffect(() => {
    if (fromOutside && input.current && input.current.value !== text) input.current.value = text;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on arriving at a location only, see above
  }, [urlKey, fromOutside]);

  // The typed text reaches the URL once the reader pauses, leaves the box, or leaves the page.
  const writeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    const flushNow = () => {
      clearTimeout(writeTimer.current);
      flushText(true);
    };
    window.addEventListener('pagehide', flushNow);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      clearTimeout(writeTimer.current);
    };
  }, [flushText]);

  useEffect(() => {
    // Warm the index once the page is idle, not during start-up: restoring a 100k index
    // reads ~100 MB from IndexedDB and competed with the first cards for disk and CPU.
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(warmUp, { timeout: 3000 }) : setTimeout(warmUp, 1000);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle as number);
      else clearTimeout(idle);
    };
  }, []);

  const onChange = (value: string) => {
    // Latency is measured from here to the results painted (see search-results.tsx).
    performance.mark('search:input', { detail: { text: value } });
    if (pathname === '/search') {
      // Searched at once; written to the URL at the pause (see useSearchUrl).
      typeText(value);
      clearTimeout(writeTimer.current);
      writeTimer.current = setTimeout(() => flushText(), TEXT_WRITE_DELAY_MS);
    } else goToSearch(value);
  };
  // Off /search a key leaves for the results. The router renders a navigation in a transition,
  // so on a slow device more keys can land while this page is still shown: where the browser's
  // history has already moved on to the entry an earlier key wrote, they replace it (else CI
  // saw one history entry per key). Where it has not (the route's code still loading, so that
  // navigation is pending and this one supersedes it), a push is still the one entry.
  const goToSearch = (value: string) => {
    navigate(searchHref(value), { state: FROM_BOX, replace: historyMovedOn(locationKey) });
  };
  const flushNow = () => {
    clearTimeout(writeTimer.current);
    flushText(true);
  };

  return (
    <form role="search" className="search-box" onSubmit={(event) => {
      event.preventDefault();
      if (pathname !== '/search') goToSearch(input.current?.value ?? '');
      else flushNow();
    }}>
      <input
        ref={input}
        onFocus={warmUp}
        onBlur={flushNow}
        type="search"
        className="search-box__input"
        aria-label="Search papers"
        placeholder="Search papers (press /)"
        defaultValue={text}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </form>
  );
}

/**
 * Starts the search worker (index restore) and loads the search page's code, so the first
 * keys typed from another page neither wait for the route's chunk nor for the index: the
 * first key navigates to /search, whose lazy route then resolves at once.
 */
function warmUp(): void {
  warmUpSearch();
  void import('./search-page.tsx').catch(() => undefined);
}

/** Whether the browser's current history entry is no longer the rendered location (see goToSearch). */
function historyMovedOn(renderedKey: string): boolean {
  // React Router keeps each entry's location key in history.state (a memory router does not).
  const key = (window.history.state as { key?: unknown } | null)?.key;
  return typeof key === 'string' && key !== renderedKey;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
