import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { SearchIndex } from './search-index.ts';
import type { QueryContext } from './run-query.ts';

const relevance: QueryContext = { filters: {}, sort: 'relevance' };

const stealth = makePaper({
  id: '2510.02314',
  title: 'StealthAttack: Robust 3D Gaussian Splatting Poisoning via Density-Guided\n  Illusions',
  abstract: 'We inject illusory objects into 3D Gaussian Splatting scenes with a density-guided attack.',
  authors: ['Bo-Hsu Ke', 'Yu-Lun Liu'],
  organization: { name: 'NYCU', fullname: 'National Yang Ming Chiao Tung University' },
  date: '2025-10-03',
  upvotes: 46,
});
const papers = [
  stealth,
  makePaper({ title: 'Gaussian Processes for Poisoning Detection', abstract: 'A kernel view of data poisoning.', date: '2025-09-01', upvotes: 3 }),
  makePaper({ title: 'Fast Splatting Renderers', abstract: 'Rendering Gaussian splats quickly for video.', date: '2025-08-01', upvotes: 90 }),
  makePaper({ title: 'Video Diffusion at Scale', abstract: 'Diffusion models for video generation.', authors: ['Ada Liu'], date: '2025-10-02', upvotes: 12 }),
  makePaper({ title: 'Image Diffusion Revisited', abstract: 'Diffusion models for images, not video.', date: '2025-07-01', upvotes: 5 }),
];

function titles(index: SearchIndex, query: string, context = relevance): string[] {
  return index.search(query, context).hits.map((h) => index.live[h.segment]!.data.titles[h.doc]!);
}

describe('SearchIndex', () => {
  const index = SearchIndex.build(papers);

  it('finds a paper from two typos, title first', () => {
    expect(titles(index, 'gausian splating poisoning')[0]).toMatch(/^StealthAttack/);
  });

  it('finds words from the abstract, and completes the word being typed', () => {
    expect(titles(index, 'illusory obj')).toEqual([expect.stringMatching(/^StealthAttack/)]);
  });

  it('ranks title matches above abstract matches', () => {
    expect(titles(index, 'splatting').slice(0, 2)).toEqual([expect.stringMatching(/^StealthAttack/), 'Fast Splatting Renderers']);
  });

  it('excludes papers with -word', () => {
    expect(titles(index, 'diffusion -video')).toEqual([]);
    expect(titles(index, 'diffusion')).toHaveLength(2);
    expect(titles(index, 'splatting -poisoning')).toEqual(['Fast Splatting Renderers']);
  });

  it('scopes by author: and org:', () => {
    expect(titles(index, 'author:liu')).toHaveLength(2);
    expect(titles(index, 'author:liu diffusion')).toEqual(['Video Diffusion at Scale']);
    expect(titles(index, 'org:nycu')).toEqual([expect.stringMatching(/^StealthAttack/)]);
  });

  it('filters by date range, organization, upvotes and bookmarks', () => {
    const search = (context: Partial<QueryContext>) => titles(index, 'gaussian', { ...relevance, ...context });
    expect(search({ filters: { from: '2025-09-01', to: '2025-09-30' } })).toEqual(['Gaussian Processes for Poisoning Detection']);
    expect(search({ filters: { org: 'NYCU' } })).toHaveLength(1);
    expect(search({ filters: { minUpvotes: 50 } })).toEqual(['Fast Splatting Renderers']);
    expect(search({ bookmarks: new Set([stealth.id]) })).toHaveLength(1);
  });

  it('sorts by upvotes or newest on request', () => {
    expect(titles(index, 'gaussian', { ...relevance, sort: 'upvotes' })[0]).toBe('Fast Splatting Renderers');
    expect(titles(index, 'gaussian', { ...relevance, sort: 'newest' })[0]).toMatch(/^StealthAttack/);
  });

  it('leaves out a word that matches nothing, and says which', () => {
    const outcome = index.search('splatting zebra', relevance);
    expect(outcome.unmatched).toEqual(['zebra']);
    expect(outcome.partial).toBe(false);
    expect(outcome.fullTotal).toBe(2);
    expect(outcome.hits.every((hit) => hit.full)).toBe(true);
  });

  it('shows papers matching some words when none matches all, and says so', () => {
    const outcome = index.search('illusory kernel', relevance);
    expect(outcome.partial).toBe(true);
    expect(outcome.fullTotal).toBe(0);
    expect(outcome.hits).toHaveLength(2);
  });

  it('with a limit, keeps only the best few in the same order and still counts every match', () => {
    // Enough papers sharing a word that the limit (at least RERANK_DEPTH) cuts the list.
    const many = Array.from({ length: 80 }, (_, i) =>
      makePaper({ title: `Sparse attention study ${i}`, abstract: i % 3 ? 'Sparse attention for long context.' : 'Attention maps.', upvotes: (i * 37) % 80, date: `2025-0${1 + (i % 9)}-1${i % 10}` }),
    );
    const big = SearchIndex.build(many);
    for (const sort of ['relevance', 'upvotes', 'newest'] as const) {
      for (const query of ['sparse attention', 'attention', 'spar']) {
        const all = big.search(query, { filters: {}, sort });
        const top = big.search(query, { filters: {}, sort, limit: 10 });
        expect(top.total).toBe(all.total);
        expect(all.hits).toHaveLength(all.total);
        expect(top.hits.length).toBeLessThan(all.hits.length);
        expect(top.hits.slice(0, 10)).toEqual(all.hits.slice(0, 10));
      }
    }
  });

  it('re-indexes changed days and retires their old rows', () => {
    const changed = SearchIndex.build(papers);
    const moved = { ...stealth, title: 'Renamed Paper About Tulips' };
    changed.replaceDays(new Set([stealth.date]), [moved]);
    expect(titles(changed, 'tulips')).toEqual(['Renamed Paper About Tulips']);
    expect(titles(changed, 'stealthattack')).toEqual([]);
    expect(changed.size).toBe(papers.length);
    const restored = new SearchIndex(changed.stored);
    expect(titles(restored, 'stealthattack')).toEqual([]);
    expect(titles(restored, 'tulips')).toHaveLength(1);
  });
});
