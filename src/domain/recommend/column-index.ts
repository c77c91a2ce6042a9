import type { FeatureMatrix } from './feature-matrix.ts';

/**
 * The matrix by column (CSC): for each term, the rows holding it and their weights. Cosine
 * similarity then touches only the rows sharing a term with the query (the sum of its
 * terms' document frequencies, each at most 10% of papers) instead of every non-zero of
 * every row: at 100k papers a few hundred thousand products instead of ten million.
 */
export interface ColumnIndex {
  colptr: Uint32Array;
  rows: Uint32Array;
  values: Float32Array;
}

/** Transposes the matrix with one counting pass and one filling pass. */
export function columnIndex(matrix: FeatureMatrix): ColumnIndex {
  const columns = matrix.vocab.length;
  const nnz = matrix.indices.length;
  const colptr = new Uint32Array(columns + 1);
  for (let k = 0; k < nnz; k++) colptr[matrix.indices[k]! + 1]!++;
  for (let c = 0; c < columns; c++) colptr[c + 1]! += colptr[c]!;
  const next = colptr.slice(0, columns);
  const rows = new Uint32Array(nnz);
  const values = new Float32Array(nnz);
  for (let r = 0; r < matrix.ids.length; r++) {
    for (let k = matrix.indptr[r]!, end = matrix.indptr[r + 1]!; k < end; k++) {
      const at = next[matrix.indices[k]!]!++;
      rows[at] = r;
      values[at] = matrix.values[k]!;
    }
  }
  return { colptr, rows, values };
}

/**
 * Cosine of `row` with every row sharing a term with it, accumulated column by column into
 * `scores` (length = rows, all zero on entry). Returns the rows touched; the caller resets
 * their scores afterwards, so the scratch array is never cleared whole.
 */
export function accumulateCosines(matrix: FeatureMatrix, index: ColumnIndex, row: number, scores: Float32Array): number[] {
  const touched: number[] = [];
  for (let k = matrix.indptr[row]!, end = matrix.indptr[row + 1]!; k < end; k++) {
    const col = matrix.indices[k]!;
    const weight = matrix.values[k]!;
    for (let p = index.colptr[col]!, stop = index.colptr[col + 1]!; p < stop; p++) {
      const other = index.rows[p]!;
      if (scores[other] === 0) touched.push(other);
      scores[other]! += weight * index.values[p]!;
    }
  }
  return touched;
}
