import { useEffect, useState } from 'react';

/** Condense once the page has scrolled this far (px)... */
const CONDENSE_AFTER = 160;
/** ...and open again only back at the top, so the height change never makes it flip back and forth. */
const EXPAND_AT = 8;

/**
 * Whether the sticky header should shrink to one row. On a phone the full header
 * (brand, navigation, search, tools) is about a quarter of the screen; once the reader
 * scrolls into the papers it condenses, and it opens again at the top of the page.
 * The two thresholds are far apart because condensing moves the content up by the
 * height it frees, which the browser's scroll anchoring turns into a smaller scrollY.
 */
export function useCondensedHeader(): boolean {
  const [condensed, setCondensed] = useState(false);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const y = window.scrollY;
      setCondensed((was) => (was ? y > EXPAND_AT : y > CONDENSE_AFTER));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    update();
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return condensed;
}
