import { describe, expect, it } from 'vitest';
import { estimatedRowHeights, rowHeightEstimates, rowsToFill } from './row-estimates.ts';
import { listRows } from './feed-groups.ts';
import type { Paper } from '../corpus/paper-schema.ts';

const paper = (id: string, date: string) => ({ id, date, title: id, upvotes: 0 }) as unknown as Paper;

describe('rowHeightEstimates', () => {
  it('gives day headings and cards their own estimates, in row order', () => {
    const papers = [paper('a', '2026-01-02'), paper('b', '2026-01-02'), paper('c', '2026-01-01')];
    const { rows } = listRows(papers, { dates: ['2026-01-02', '2026-01-01'], counts: [2, 1] });
    const { day, paper: card } = estimatedRowHeights(1280);
    expect(rowHeightEstimates(rows, 1280)).toEqual([day, card, card, day, card]);
    expect(day).toBeLessThan(card / 3);
  });

  it('takes a flat list (a day, a search) to be cards only', () => {
    const { rows } = listRows([paper('a', '2026-01-02'), paper('b', '2026-01-02')]);
    expect(rowHeightEstimates(rows, 1280)).toEqual([230, 230]);
  });

  it('expects taller cards on narrower screens, where titles and footers wrap', () => {
    expect(estimatedRowHeights(360).paper).toBeGreaterThan(estimatedRowHeights(700).paper);
    expect(estimatedRowHeights(700).paper).toBeGreaterThan(estimatedRowHeights(1280).paper);
  });
});

describe('rowsToFill', () => {
  it('counts the rows whose estimates first reach the height, the last one partly shown', () => {
    expect(rowsToFill([44, 230, 230, 44, 230], 500)).toBe(3);
    expect(rowsToFill([44, 230, 230, 44, 230], 505)).toBe(4);
    expect(rowsToFill([230, 230, 230], 460)).toBe(2);
    expect(rowsToFill([230, 230, 230], 461)).toBe(3);
  });

  it('never asks for more rows than there are, and for none of an empty list', () => {
    expect(rowsToFill([230, 230], 10_000)).toBe(2);
    expect(rowsToFill([], 720)).toBe(0);
  });
});
