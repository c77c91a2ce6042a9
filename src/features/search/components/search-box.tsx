import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { searchHref } from '../api/search-params.ts';
import { FROM_BOX, useSearchUrl } from '../hooks/use-search-url.ts';
import { warmUpSearch } from '../stores/search-store.ts';

/** The header's search box: results as you type on /search; `/` focuses it from anywhere. */
export function SearchBox() {
  const { text, setText, fromOutside } = useSearchUrl();
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const { pathname } = useLocation();

  // The box is uncontrolled, so the caret stays where the reader types while the URL catches
  // up (a router navigation settles after the key event); a URL from elsewhere (back,
  // forward, a link) refills it.
  useEffect(() => {
    if (fromOutside && input.current && input.current.value !== text) input.current.value = text;
  }, [text, fromOutside]);

  useEffect(() => {
    // Warm the index once the page is idle, not during start-up: restoring a 100k index
    // reads ~100 MB from IndexedDB and competed with the first cards for disk and CPU.
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(warmUpSearch, { timeout: 3000 }) : setTimeout(warmUpSearch, 1000);
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
    if (pathname === '/search') setText(value);
    else navigate(searchHref(value), { state: FROM_BOX });
  };

  return (
    <form role="search" className="search-box" onSubmit={(event) => {
      event.preventDefault();
      if (pathname !== '/search') navigate(searchHref(input.current?.value ?? ''), { state: FROM_BOX });
    }}>
      <input
        ref={input}
        onFocus={warmUpSearch}
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

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
