import type { FeatureMatrix } from './feature-matrix.ts';
import type { FeaturePaper } from './paper-terms.ts';
import { assemble, countTerms } from './tfidf.ts';

/**
 * The matrix after an import rewrote `dates`: their rows are dropped and `papers` (what those
 * days hold now) are added under the existing vocabulary and idf, as a fitted vectorizer
 * transforms new text. Other rows are block-copied as they are; a paper that moved between
 * days loses its old row too. Callers rebuild from scratch when much has changed (the
 * vocabulary then no longer reflects the corpus).
 */
export function replaceDays(matrix: FeatureMatrix, dates: ReadonlySet<string>, papers: readonly FeaturePaper[]): FeatureMatrix {
  const incoming = new Set(papers.map((p) => p.id));
  const column = new Map(matrix.vocab.map((term, col) => [term, col]));
  const fresh = assemble(
    papers.map((p) => p.id),
    papers.map((p) => p.date),
    matrix.vocab,
    matrix.idf,
    papers.map((p) => countTerms(p, column)),
  );
  const kept: number[] = [];
  let keptNnz = 0;
  for (let r = 0; r < matrix.ids.length; r++) {
    if (dates.has(matrix.dates[r]!) || incoming.has(matrix.ids[r]!)) continue;
    kept.push(r);
    keptNnz += matrix.indptr[r + 1]! - matrix.indptr[r]!;
  }
  const n = kept.length + papers.length;
  const indptr = new Uint32Array(n + 1);
  const indices = new Uint16Array(keptNnz + fresh.values.length);
  const values = new Float32Array(keptNnz + fresh.values.length);
  let at = 0;
  kept.forEach((r, i) => {
    const start = matrix.indptr[r]!;
    const end = matrix.indptr[r + 1]!;
    indices.set(matrix.indices.subarray(start, end), at);
    values.set(matrix.values.subarray(start, end), at);
    at += end - start;
    indptr[i + 1] = at;
  });
  indices.set(fresh.indices, at);
  values.set(fresh.values, at);
  for (let r = 1; r < fresh.indptr.length; r++) indptr[kept.length + r] = at + fresh.indptr[r]!;
  return {
    ids: [...kept.map((r) => matrix.ids[r]!), ...fresh.ids],
    dates: [...kept.map((r) => matrix.dates[r]!), ...fresh.dates],
    vocab: matrix.vocab,
    idf: matrix.idf,
    indptr,
    indices,
    values,
  };
}
