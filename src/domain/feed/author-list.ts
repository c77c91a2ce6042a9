/**
 * The first `shown` authors and how many more there are: "A, B, C and 3,300 more".
 * Joined here, not in the component, so cards and the paper page say it the same way.
 */
export function summarizeAuthors(authors: readonly string[], shown: number): { names: string[]; more: number } {
  const names = authors.slice(0, shown);
  return { names, more: authors.length - names.length };
}

// One formatter for all: `toLocaleString` builds a new one per call, which showed up as
// the top self-time entry while scrolling a month of cards.
const COUNT_FORMAT = new Intl.NumberFormat('en');

export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n);
}

/** "1 paper", "3,303 papers": said the same way in every list and status line. */
export function formatPaperCount(n: number): string {
  return `${COUNT_FORMAT.format(n)} ${n === 1 ? 'paper' : 'papers'}`;
}
