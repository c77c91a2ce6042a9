/**
 * Every count the app prints goes through here, so "1 upvote", "17 GitHub stars" and
 * "3,303 papers" are written the same way on cards, pages and status lines.
 */

// One formatter for all: `toLocaleString` builds a new one per call, which showed up as
// the top self-time entry while scrolling a month of cards.
const COUNT_FORMAT = new Intl.NumberFormat('en');

/** "3,303". */
export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n);
}

/** "1 upvote", "17 upvotes", "3,303 papers": the noun agrees with the number. */
export function formatCountOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${COUNT_FORMAT.format(n)} ${n === 1 ? singular : plural}`;
}

/** "1 paper", "3,303 papers": said the same way in every list and status line. */
export function formatPaperCount(n: number): string {
  return formatCountOf(n, 'paper');
}
