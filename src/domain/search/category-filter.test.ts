import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { parseQuery } from './query-parser.ts';
import { SearchIndex } from './search-index.ts';

const papers = [
  makePaper({ id: '2103.00001', title: 'Parsing with transformers', categories: ['cs.CL', 'cs.LG'] }),
  makePaper({ id: '2103.00002', title: 'Transformers for images', categories: ['cs.CV'] }),
  makePaper({ id: '2103.00003', title: 'Transformers in robotics', categories: ['cs.RO', 'cs.CL'] }),
];
const index = SearchIndex.build(papers);
const ids = (query: string, inCategories?: ReadonlySet<string>) =>
  index.search(query, { filters: {}, sort: 'relevance', ...(inCategories ? { inCategories } : {}) }).hits.map((hit) => index.live[hit.segment]!.data.ids[hit.doc]!);

describe('cat: in the query syntax', () => {
  it('reads cat:NAME as an exact category, leaving the words to the text search', () => {
    const query = parseQuery('transformers cat:cs.CL -images');
    expect(query.categories).toEqual(['cs.CL']);
    expect(query.terms).toEqual(['transformers']);
    expect(query.excluded).toEqual(['images']);
    expect(parseQuery('cat:"cs.LG" cat:stat.ML').categories).toEqual(['cs.LG', 'stat.ML']);
  });

  it('narrows hits to the papers of the category, words or no words', () => {
    expect(ids('transformers').sort()).toEqual(['2103.00001', '2103.00002', '2103.00003']);
    const inCl = new Set(['2103.00001', '2103.00003']);
    expect(ids('transformers', inCl).sort()).toEqual(['2103.00001', '2103.00003']);
    expect(ids('cat:cs.CL', inCl).sort()).toEqual(['2103.00001', '2103.00003']);
  });
});
