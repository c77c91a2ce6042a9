import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { readRealPapers } from '../../testing/real-papers.ts';
import { hasSharedCorpus, SHARED_CORPUS_SUITE } from '../../testing/shared-corpus.ts';
import { kthLargest, type QueryContext } from './run-query.ts';
import { SearchIndex } from './search-index.ts';

const page: QueryContext = { filters: {}, sort: 'relevance', limit: 20 };

function top10(index: SearchIndex, text: string, context: QueryContext = page): string[] {
  return index
    .search(text, context)
    .hits.slice(0, 10)
    .map((h) => index.live[h.segment]!.data.ids[h.doc]!);
}

describe.skipIf(!hasSharedCorpus)(`search keystroke caches and the top-k floor, ${SHARED_CORPUS_SUITE}`, () => {
  const papers = hasSharedCorpus ? readRealPapers().slice(0, 1500) : [];
  // Queries as people type them: a title with a typo, a description from the abstract's
  // words (partial matches, a prefix last), an author with a title word.
  const queries = papers
    .filter((_, i) => i % 300 === 7)
    .flatMap((p) => {
      const title = p.title.toLowerCase();
      const words = p.abstract.toLowerCase().split(/\s+/).slice(3, 13).join(' ');
      return [title.replace(/([a-z])([a-z])([a-z]{3,})/, '$2$1$3'), `${words.slice(0, -2)} zqxv`, `${p.authors[0]?.split(' ').at(-1) ?? ''} ${title.split(' ')[0]}`];
    });

  it('answers a query typed key by key (finished words cached) as a fresh index answers it at once', { timeout: 600_000 }, () => {
    const typed = SearchIndex.build(papers);
    for (const query of queries) {
      let last: string[] = [];
      for (let i = 1; i <= query.length; i++) last = top10(typed, query.slice(0, i));
      // A fresh index per query: nothing cached from other queries either.
      expect(last, query).toEqual(top10(SearchIndex.build(papers), query));
    }
  });

  it('keeps the same best hits with the floor as when every match is kept', { timeout: 120_000 }, () => {
    const index = SearchIndex.build(papers);
    for (const query of queries) {
      for (const text of [query, query.slice(0, -3), query.split(' ').slice(0, 4).join(' ')]) {
        const all = index.search(text, { filters: {}, sort: 'relevance' });
        const kept = index.search(text, page);
        expect(kept.total, text).toBe(all.total);
        expect(kept.fullTotal, text).toBe(all.fullTotal);
        // Scores, not ids: papers of equal score, upvotes and date (a tie) may come in either
        // order from the bounded heap and from a full sort, with or without the floor.
        const scores = (hits: typeof all.hits) => hits.slice(0, 10).map((h) => `${h.full} ${h.score.toFixed(5)}`);
        expect(scores(kept.hits), text).toEqual(scores(all.hits));
      }
    }
  });
});

describe('kthLargest', () => {
  it('finds the k-th largest of a tier, ties included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(random() * 60);
      const values = Float64Array.from({ length: n }, () => Math.floor(random() * 12) / 4);
      const inTier = (j: number) => j % 3 !== 1 || round % 2 === 0;
      const tier = [...values].filter((_, j) => inTier(j)).sort((a, b) => b - a);
      if (!tier.length) continue;
      const k = 1 + Math.floor(random() * tier.length);
      expect(kthLargest(values, new Float64Array(n), n, k, inTier)).toBe(tier[k - 1]);
    }
  });
});

describe('the typed word kept between keys', () => {
  const ids = (index: SearchIndex, text: string) => index.search(text, page).hits.map((h) => index.live[h.segment]!.data.ids[h.doc]!);
  const old = [
    makePaper({ id: 'p1', title: 'Residual Reinforcement Learning', date: '2025-10-01' }),
    makePaper({ id: 'p2', title: 'Recurrent Memory for Agents', date: '2025-10-02' }),
    makePaper({ id: 'p3', title: 'Vision Models at Scale', date: '2025-10-03' }),
  ];

  it('answers a prefix asked again (the start of a later word) as a fresh index does', () => {
    const index = SearchIndex.build(old);
    // "re" typed as the start of "residual", then again as the start of the second word.
    for (const text of ['r', 're', 'res', 'residual', 'residual r', 'residual re']) ids(index, text);
    expect(ids(index, 'residual re')).toEqual(ids(SearchIndex.build(old), 'residual re'));
    expect(ids(index, 're')).toEqual(ids(SearchIndex.build(old), 're'));
  });

  it('finds papers of a day indexed after the prefix was first asked, and drops retired ones', () => {
    const index = SearchIndex.build(old);
    expect(ids(index, 're').sort()).toEqual(['p1', 'p2']);
    // An import re-indexes 2025-10-02: p2 is gone from it, p4 arrives on it.
    index.replaceDays(new Set(['2025-10-02']), [makePaper({ id: 'p4', title: 'Retrieval at Scale', date: '2025-10-02' })]);
    expect(ids(index, 're').sort()).toEqual(['p1', 'p4']);
    // A day's rows retired without a new paper on it: the same prefix, fewer papers.
    index.replaceDays(new Set(['2025-10-01']), []);
    expect(ids(index, 're')).toEqual(['p4']);
  });
});
