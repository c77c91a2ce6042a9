import type { ListRow } from './feed-groups.ts';

/**
 * How tall a list's rows probably are before they are measured, by the list's width (px).
 * Cards measured in Chromium: 226 px at 1,280 px wide, 317 to 425 px at 360 px (titles and
 * footers wrap). A day heading is one line of text with its padding and rule.
 */
export function estimatedRowHeights(width: number): { day: number; paper: number } {
  const paper = width >= 800 ? 230 : width >= 480 ? 290 : 370;
  return { day: 44, paper };
}

/**
 * An estimated height for every row, for the virtual list's first guesses. Without them it
 * measures the first row and takes every row it has not measured yet to be as tall: in a
 * week or a month the first row is a day heading, about a fifth of a card, so each scroll
 * frame mounted four or five cards for the one that came into view and unmounted the rest
 * once measured (bench/slow-device-notes.md). Two values only, not one per paper: the list
 * keeps runs of equal heights, and a run per row would make each measurement re-add offsets
 * for every row after it.
 */
export function rowHeightEstimates(rows: readonly ListRow[], width: number): number[] {
  const { day, paper } = estimatedRowHeights(width);
  return rows.map((row) => (row.kind === 'day' ? day : paper));
}

/**
 * How many rows, from the first, fill `height` px by their estimates (the last one partly
 * shown; at most all of them). The virtual list renders that many in its first commit (`initialItemCount`): without
 * it the first commit holds no card, the list measures the window first and renders its cards
 * a frame later, which at 4x CPU was a frame of its own before the first card (issue #18).
 */
export function rowsToFill(estimates: readonly number[], height: number): number {
  let filled = 0;
  let count = 0;
  while (count < estimates.length && filled < height) filled += estimates[count++]!;
  return count;
}
