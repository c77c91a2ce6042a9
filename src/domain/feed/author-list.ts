/**
 * The first `shown` authors and how many more there are: "A, B, C and 3,300 more".
 * Joined here, not in the component, so cards and the paper page say it the same way.
 */
export function summarizeAuthors(authors: readonly string[], shown: number): { names: string[]; more: number } {
  const names = authors.slice(0, shown);
  return { names, more: authors.length - names.length };
}

// The count formatters moved to domain/format/count.ts; kept importable from here for code
// written against the old place.
export { formatCount, formatPaperCount } from '../format/count.ts';
