import { describe, expect, it } from 'vitest';
import { formatAuthorLine } from './author-list.ts';

describe('formatAuthorLine', () => {
  it('names the first authors and counts the rest', () => {
    expect(formatAuthorLine(['A', 'B', 'C', 'D', 'E'], 3)).toBe('A, B, C and 2 more');
    expect(formatAuthorLine(Array.from({ length: 3303 }, (_, i) => `P${i}`), 3)).toBe('P0, P1, P2 and 3,300 more');
  });

  it('says nothing more when every author is shown', () => {
    expect(formatAuthorLine(['A', 'B', 'C'], 3)).toBe('A, B, C');
    expect(formatAuthorLine(['A'], 3)).toBe('A');
    expect(formatAuthorLine([], 3)).toBe('');
  });
});
