import type { Highlight, SearchHitView } from './search-types.ts';

/**
 * True when two views of a hit show the same thing. Every answer arrives from the worker as
 * new objects, so a card memoized on identity re-rendered at every keystroke; typing on
 * into a word mostly leaves the first page's cards as they were.
 */
export function sameHitView(a: SearchHitView, b: SearchHitView): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.full === b.full &&
      a.upvotes === b.upvotes &&
      a.date === b.date &&
      a.title === b.title &&
      a.authors === b.authors &&
      a.orgLabel === b.orgLabel &&
      a.excerpt === b.excerpt &&
      sameHighlights(a.titleHighlights, b.titleHighlights) &&
      sameHighlights(a.excerptHighlights, b.excerptHighlights))
  );
}

function sameHighlights(a: readonly Highlight[], b: readonly Highlight[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]![0] !== b[i]![0] || a[i]![1] !== b[i]![1]) return false;
  return true;
}
