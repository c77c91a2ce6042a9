import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { SearchIndex } from './search-index.ts';

const papers = [
  makePaper({ id: 'a', title: 'Video Diffusion at Scale', upvotes: 30 }),
  makePaper({ id: 'b', title: 'Image Diffusion Revisited', upvotes: 20 }),
  makePaper({ id: 'c', title: 'Audio Diffusion Models', upvotes: 10 }),
];
const index = SearchIndex.build(papers);
const ids = (hits: { segment: number; doc: number }[]) => hits.map((h) => index.live[h.segment]!.data.ids[h.doc]);

describe('muted papers in search', () => {
  it('leaves them out before the top hits are taken, and counts them', () => {
    const outcome = index.search('diffusion', { filters: {}, sort: 'upvotes', limit: 1, muted: new Set(['a']) });
    expect(ids(outcome.hits)[0]).toBe('b');
    expect(outcome.total).toBe(2);
    expect(outcome.muted).toBe(1);
  });

  it('keeps them, still counted, when the reader shows hidden papers', () => {
    const outcome = index.search('diffusion', { filters: {}, sort: 'upvotes', muted: new Set(['a', 'c']), showMuted: true });
    expect(ids(outcome.hits)).toEqual(['a', 'b', 'c']);
    expect(outcome).toMatchObject({ total: 3, muted: 2 });
  });

  it('also applies when browsing by a filter only', () => {
    const outcome = index.search('', { filters: { minUpvotes: 1 }, sort: 'upvotes', muted: new Set(['b']) });
    expect(ids(outcome.hits)).toEqual(['a', 'c']);
    expect(outcome.muted).toBe(1);
  });

  it('counts nothing without mutes', () => {
    expect(index.search('diffusion', { filters: {}, sort: 'upvotes' }).muted).toBe(0);
  });
});
