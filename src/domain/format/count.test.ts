import { describe, expect, it } from 'vitest';
import { formatCount, formatCountOf, formatPaperCount } from './count.ts';

describe('count formatting', () => {
  it('groups thousands', () => {
    expect(formatCount(3303)).toBe('3,303');
  });

  it('makes the noun agree with the number', () => {
    expect(formatCountOf(1, 'upvote')).toBe('1 upvote');
    expect(formatCountOf(0, 'upvote')).toBe('0 upvotes');
    expect(formatCountOf(17, 'GitHub star')).toBe('17 GitHub stars');
    expect(formatCountOf(2, 'day')).toBe('2 days');
    expect(formatPaperCount(1)).toBe('1 paper');
    expect(formatPaperCount(3303)).toBe('3,303 papers');
  });
});
