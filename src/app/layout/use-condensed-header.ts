import { useEffect, type RefObject } from 'react';

/** Condense once the page has scrolled this far (px)... */
const CONDENSE_AFTER = 160;
/** ...and open again only back at the top, so the height change never makes it flip back and forth. */
const EXPAND_AT = 8;

/**
 * Shrinks the sticky header to one row (the `app-header--condensed` class on `header`). On a phone the full header
 * (brand, navigation, search, tools) is about a quarter of the screen; once the reader
 * scrolls into the papers it condenses, and it opens again at the top of the page.
 * The two thresholds are far apart because condensing moves the content up by the
 * height it frees, which the browser's scroll anchoring turns into a smaller scrollY.
 *
 * Watched with two invisible marks in the document and an IntersectionObserver, not by
 * reading `window.scrollY` on scroll: on a virtualized list that read came after the
 * list's own DOM changes and forced a layout in every scroll frame (16 ms of a 56 ms frame
 * on a 1,000-paper day, bench/RESULTS.md). Observers are computed after the browser's own
 * layout, so they cost nothing extra.
 */
export function useCondensedHeader(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (typeof IntersectionObserver !== 'function') return;
    // The class is set on the element, not through React state: a state change re-rendered
    // the whole layout (navigation, search box, notices) inside the first frame of a scroll,
    // 10-20 ms of a 1,000-paper day's worst frame (bench/slow-device-notes.md). React never
    // writes the header's className again, as its value in the JSX does not change.
    const setCondensed = (on: boolean) => header.current?.classList.toggle('app-header--condensed', on);
    const condenseMark = scrollMark(CONDENSE_AFTER);
    const expandMark = scrollMark(EXPAND_AT);
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        // Past the lower mark (it left the viewport at the top): condense. Back at the top
        // (the upper mark shows again): open. The lower mark coming back does nothing.
        if (entry.target === condenseMark && !entry.isIntersecting && entry.boundingClientRect.top < 0) setCondensed(true);
        if (entry.target === expandMark && entry.isIntersecting) setCondensed(false);
      }
    });
    observer.observe(condenseMark);
    observer.observe(expandMark);
    return () => {
      observer.disconnect();
      condenseMark.remove();
      expandMark.remove();
    };
  }, [header]);
}

/** A 1 px mark `top` px down the document, seen by observers, not by people or the layout. */
function scrollMark(top: number): HTMLElement {
  const mark = document.createElement('div');
  mark.setAttribute('aria-hidden', 'true');
  mark.dataset.scrollMark = String(top);
  mark.style.cssText = `position:absolute;top:${top}px;left:0;width:1px;height:1px;opacity:0;pointer-events:none`;
  document.body.append(mark);
  return mark;
}
