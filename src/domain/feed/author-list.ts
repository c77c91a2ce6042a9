import { formatCount } from '../format/count.ts';

/**
 * The first `shown` authors and how many more there are: "A, B, C and 3,300 more".
 * Joined here, not in the component, so cards and the paper page say it the same way.
 */
function summarizeAuthors(authors: readonly string[], shown: number): { names: string[]; more: number } {
  const names = authors.slice(0, shown);
  return { names, more: authors.length - names.length };
}

/**
 * The author line every card shows: the first `shown` names, then how many more
 * ("A, B, C and 3,300 more"). The one place that says it, for every list of papers.
 */
export function formatAuthorLine(authors: readonly string[], shown: number): string {
  const { names, more } = summarizeAuthors(authors, shown);
  return more > 0 ? `${names.join(', ')} and ${formatCount(more)} more` : names.join(', ');
}

// The count formatters moved to domain/format/count.ts; kept importable from here for code
// written against the old place.
export { formatCount, formatPaperCount } from '../format/count.ts';
