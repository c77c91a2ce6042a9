import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { parseQuery } from './query-parser.ts';
import { SearchIndex } from './search-index.ts';
import { warmUpQueries } from './warm-up.ts';

describe('warmUpQueries', () => {
  it('builds queries from the index’s own words that reach every kind of query', () => {
    const index = SearchIndex.build([
      makePaper({ title: 'A Note', authors: ['Ann Lee'] }),
      makePaper({ title: 'Robust Gaussian Splatting Poisoning', authors: ['Bo-Hsu Ke', 'Yu-Lun Liu'] }),
    ]);
    const queries = warmUpQueries(index);
    const parsed = queries.map((q) => parseQuery(q));
    expect(queries[0]).toBe('ro');
    expect(parsed.some((q) => q.terms.length >= 3)).toBe(true);
    expect(parsed.some((q) => q.phrases.length > 0)).toBe(true);
    expect(parsed.some((q) => q.excluded.length > 0)).toBe(true);
    expect(parsed.some((q) => q.authors.length > 0)).toBe(true);
    // The three-word query with a typo finds its paper: the typo path ran.
    const typo = queries.find((q) => parseQuery(q).terms.length >= 3)!;
    expect(index.search(typo, { filters: {}, sort: 'relevance' }).total).toBeGreaterThan(0);
  });

  it('gives nothing for an empty index', () => {
    expect(warmUpQueries(new SearchIndex())).toEqual([]);
  });
});
