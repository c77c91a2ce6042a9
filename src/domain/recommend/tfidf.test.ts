import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { createTfidfBuilder, idfOf } from './tfidf.ts';
import { paperTerms } from './paper-terms.ts';
import { replaceDays } from './update-features.ts';

const all = () => ({ minDf: 1, maxDfFraction: 1, maxFeatures: 65_535 });

function build(papers: ReturnType<typeof makePaper>[], limits = all) {
  const builder = createTfidfBuilder(limits);
  papers.forEach(builder.add);
  return builder.finish();
}

function row(matrix: ReturnType<typeof build>, r: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let k = matrix.indptr[r]!; k < matrix.indptr[r + 1]!; k++) out[matrix.vocab[matrix.indices[k]!]!] = matrix.values[k]!;
  return out;
}

describe('paperTerms', () => {
  it('takes the search tokens, bigrams after stopwords, keywords and whole author names', () => {
    const terms = paperTerms(makePaper({ title: 'The Graph Networks', abstract: '', keywords: ['Graph'], authors: ['Ada Lovelace'] }));
    expect(terms).toEqual(['graph', 'networks', 'graph networks', 'graph', 'author:ada lovelace']);
  });
});

describe('tf-idf', () => {
  it('matches a hand-computed example (sublinear tf, smooth idf, L2)', () => {
    const papers = [
      makePaper({ id: 'a', title: 'apple apple banana', abstract: '', authors: [] }),
      makePaper({ id: 'b', title: 'banana cherry', abstract: '', authors: [] }),
    ];
    const matrix = build(papers);
    // Paper a: apple tf 2 (df 1), banana tf 1 (df 2), bigrams "apple apple" (df 1) and "apple banana" (df 1).
    const idf1 = Math.log(3 / 2) + 1;
    const idf2 = Math.log(3 / 3) + 1;
    const raw = { apple: (1 + Math.log(2)) * idf1, banana: idf2, 'apple apple': idf1, 'apple banana': idf1 };
    const norm = Math.hypot(...Object.values(raw));
    const a = row(matrix, 0);
    for (const [term, w] of Object.entries(raw)) expect(a[term]).toBeCloseTo(w / norm, 6);
    expect(Object.keys(a)).toHaveLength(4);
    expect(idfOf(2, 1)).toBeCloseTo(idf1, 12);
  });

  it('drops terms outside the document-frequency limits', () => {
    const papers = ['alpha beta', 'alpha gamma', 'alpha delta', 'beta omega'].map((title, i) => makePaper({ id: `p${i}`, title, abstract: '', authors: [] }));
    const matrix = build(papers, () => ({ minDf: 2, maxDfFraction: 0.5, maxFeatures: 65_535 }));
    // alpha is in 3 of 4 papers (> 50%), every other term but beta in one.
    expect(matrix.vocab).toEqual(['beta']);
  });

  it('keeps an import current under the frozen vocabulary', () => {
    const papers = [
      makePaper({ id: 'a', date: '2025-10-01', title: 'apple banana', abstract: '', authors: [] }),
      makePaper({ id: 'b', date: '2025-10-02', title: 'banana cherry', abstract: '', authors: [] }),
    ];
    const matrix = build(papers);
    const next = replaceDays(matrix, new Set(['2025-10-02']), [makePaper({ id: 'c', date: '2025-10-02', title: 'cherry durian', abstract: '', authors: [] })]);
    expect(next.ids).toEqual(['a', 'c']);
    expect(row(next, 0)).toEqual(row(matrix, 0));
    // "durian" is not in the vocabulary: only cherry remains, normalised to 1.
    expect(row(next, 1)).toEqual({ cherry: 1 });
  });
});
