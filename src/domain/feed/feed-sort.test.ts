import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { parseFeedSort, sortPapers } from './feed-sort.ts';
import { groupFeed, neighbours } from './feed-groups.ts';

describe('sortPapers', () => {
  const papers = [
    makePaper({ id: 'b', upvotes: 5, publishedAt: '2025-10-02T10:00:00.000Z' }),
    makePaper({ id: 'a', upvotes: 5, publishedAt: '2025-10-02T10:00:00.000Z' }),
    makePaper({ id: 'c', upvotes: 9, publishedAt: '2025-10-01T10:00:00.000Z' }),
    makePaper({ id: 'd', upvotes: 1 }),
  ];

  it('orders by upvotes, ties by id', () => {
    expect(sortPapers(papers, 'upvotes').map((p) => p.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('orders by newest submission, ties by id; a paper without a time counts as its day', () => {
    expect(sortPapers(papers, 'newest').map((p) => p.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('reads the sort from the URL, defaulting to upvotes', () => {
    expect(parseFeedSort('newest')).toBe('newest');
    expect(parseFeedSort(null)).toBe('upvotes');
    expect(parseFeedSort('bogus')).toBe('upvotes');
  });
});

describe('groupFeed', () => {
  const days = [
    { date: '2025-10-02', papers: [makePaper({ id: 'x', date: '2025-10-02', upvotes: 2, publishedAt: '2025-10-01T09:00:00.000Z' })] },
    {
      date: '2025-10-03',
      papers: [makePaper({ id: 'y', upvotes: 1, publishedAt: '2025-10-02T12:00:00.000Z' }), makePaper({ id: 'z', upvotes: 3, publishedAt: '2025-10-02T08:00:00.000Z' })],
    },
    { date: '2025-10-04', papers: [] },
  ];

  it('by upvotes, ranks the whole period, with no day groups', () => {
    const groups = groupFeed(days, 'upvotes');
    expect(groups.dates).toEqual([]);
    expect(groups.counts).toEqual([]);
    expect(groups.papers.map((p) => p.id)).toEqual(['z', 'x', 'y']);
    expect(neighbours(groups.papers, 'x')).toEqual({ previous: groups.papers[0], next: groups.papers[2] });
    expect(neighbours(groups.papers, 'nope')).toEqual({});
  });

  it('by newest, puts days newest first, counts their papers, and orders each day newest first', () => {
    const groups = groupFeed(days, 'newest');
    expect(groups.dates).toEqual(['2025-10-03', '2025-10-02']);
    expect(groups.counts).toEqual([2, 1]);
    expect(groups.papers.map((p) => p.id)).toEqual(['y', 'z', 'x']);
  });
});
