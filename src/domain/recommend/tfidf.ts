import type { FeatureMatrix } from './feature-matrix.ts';
import { paperTerms, type FeaturePaper } from './paper-terms.ts';

/** Columns are stored as two bytes, and arxiv-sanity keeps 20,000; we allow more for 100k papers. */
export const MAX_FEATURES = 65_535;

/**
 * Which terms become columns (scikit-learn's min_df / max_df / max_features, as arxiv-sanity
 * uses them): a term in fewer than `minDf` papers says nothing about a reader's taste, one in
 * more than `maxDfFraction` of them is too common to tell papers apart.
 */
export interface DfLimits {
  minDf: number;
  maxDfFraction: number;
  maxFeatures: number;
}

/** arxiv-sanity's limits (min_df 5, max_df 0.1), relaxed for small corpora where 5 papers is a lot. */
export function dfLimitsFor(papers: number): DfLimits {
  return { minDf: papers < 2_000 ? 2 : 5, maxDfFraction: papers < 200 ? 0.5 : 0.1, maxFeatures: MAX_FEATURES };
}

/** Smooth idf, as scikit-learn: ln((1 + n) / (1 + df)) + 1. */
export function idfOf(papers: number, df: number): number {
  return Math.log((1 + papers) / (1 + df)) + 1;
}

class Grow {
  length = 0;
  data = new Uint32Array(1 << 16);
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/**
 * Builds the features paper by paper (so a caller can stream day rows and drop them), then
 * chooses the vocabulary by document frequency and writes the matrix. Per paper only
 * (term, count) pairs of integers are kept until `finish`, never strings.
 */
export function createTfidfBuilder(limitsFor: (papers: number) => DfLimits = dfLimitsFor) {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const df = new Grow();
  const pairTerm = new Grow();
  const pairCount = new Grow();
  const ends: number[] = [];
  const ids: string[] = [];
  const dates: string[] = [];
  const counts = new Map<number, number>();

  return {
    add(paper: FeaturePaper): void {
      counts.clear();
      for (const term of paperTerms(paper)) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
          df.push(0);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [id, count] of counts) {
        df.data[id]!++;
        pairTerm.push(id);
        pairCount.push(count);
      }
      ends.push(pairTerm.length);
      ids.push(paper.id);
      dates.push(paper.date);
    },
    finish(): FeatureMatrix {
      const n = ids.length;
      const limits = limitsFor(n);
      const maxDf = Math.max(limits.minDf, Math.floor(limits.maxDfFraction * n));
      let kept: number[] = [];
      for (let id = 0; id < terms.length; id++) {
        const d = df.data[id]!;
        if (d >= limits.minDf && d <= maxDf) kept.push(id);
      }
      if (kept.length > limits.maxFeatures) {
        kept.sort((a, b) => df.data[b]! - df.data[a]! || (terms[a]! < terms[b]! ? -1 : 1));
        kept = kept.slice(0, limits.maxFeatures);
      }
      kept.sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
      const column = new Int32Array(terms.length).fill(-1);
      kept.forEach((id, col) => (column[id] = col));
      const vocab = kept.map((id) => terms[id]!);
      const idf = Float32Array.from(kept, (id) => idfOf(n, df.data[id]!));
      const rows = ids.map((_, doc) => {
        const entries: [number, number][] = [];
        for (let k = doc === 0 ? 0 : ends[doc - 1]!; k < ends[doc]!; k++) {
          const col = column[pairTerm.data[k]!]!;
          if (col >= 0) entries.push([col, pairCount.data[k]!]);
        }
        return entries;
      });
      return assemble(ids, dates, vocab, idf, rows);
    },
  };
}

/**
 * A paper's row under an existing vocabulary (idf frozen), for papers an import adds or
 * changes: terms outside the vocabulary are dropped, as a fitted vectorizer does.
 */
export function countTerms(paper: FeaturePaper, column: ReadonlyMap<string, number>): [number, number][] {
  const counts = new Map<number, number>();
  for (const term of paperTerms(paper)) {
    const col = column.get(term);
    if (col !== undefined) counts.set(col, (counts.get(col) ?? 0) + 1);
  }
  return [...counts];
}

/** Writes rows of (column, term count) as sublinear-tf × idf, L2-normalised, columns ascending. */
export function assemble(ids: string[], dates: string[], vocab: string[], idf: Float32Array, rows: [number, number][][]): FeatureMatrix {
  const nnz = rows.reduce((sum, row) => sum + row.length, 0);
  const indptr = new Uint32Array(ids.length + 1);
  const indices = new Uint16Array(nnz);
  const values = new Float32Array(nnz);
  let at = 0;
  rows.forEach((row, r) => {
    row.sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [col, count] of row) {
      const w = (1 + Math.log(count)) * idf[col]!;
      indices[at] = col;
      values[at++] = w;
      norm += w * w;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = indptr[r]!; k < at; k++) values[k]! *= scale;
    indptr[r + 1] = at;
  });
  return { ids, dates, vocab, idf, indptr, indices, values };
}
