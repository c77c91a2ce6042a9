/**
 * The tf-idf features of every stored paper as one compressed sparse row matrix: row `r`
 * holds the columns `indices[indptr[r] .. indptr[r + 1])` with their `values`. Typed arrays
 * rather than per-paper objects: 100k papers are a few flat buffers that IndexedDB stores
 * and restores as blocks (see docs/recommend.md), and the scoring loops stay monomorphic.
 */
export interface FeatureMatrix {
  /** Paper id of each row. */
  ids: string[];
  /** Featured day of each row (what "since the last visit" and imports are judged by). */
  dates: string[];
  /** Column → term. */
  vocab: string[];
  /** Column → inverse document frequency, frozen when the vocabulary was chosen. */
  idf: Float32Array;
  indptr: Uint32Array;
  /** At most 65,535 columns (MAX_FEATURES), so two bytes each. */
  indices: Uint16Array;
  /** L2-normalised weights: a row's squared values sum to 1 (or it is empty). */
  values: Float32Array;
}

/** Row index of every paper id. */
export function rowIndex(matrix: FeatureMatrix): Map<string, number> {
  return new Map(matrix.ids.map((id, row) => [id, row]));
}

/** Bytes the matrix's buffers take (strings counted at two bytes a character). */
export function matrixBytes(matrix: FeatureMatrix): number {
  const strings = (list: string[]) => list.reduce((sum, s) => sum + 2 * s.length + 16, 0);
  return (
    matrix.idf.byteLength + matrix.indptr.byteLength + matrix.indices.byteLength + matrix.values.byteLength + strings(matrix.ids) + strings(matrix.dates) + strings(matrix.vocab)
  );
}

/** Dot product of row `row` with a dense vector. */
export function dotRow(matrix: FeatureMatrix, row: number, dense: Float32Array): number {
  const { indptr, indices, values } = matrix;
  let sum = 0;
  for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k++) sum += values[k]! * dense[indices[k]!]!;
  return sum;
}

/** Adds `scale` × row `row` into a dense vector. */
export function addRow(matrix: FeatureMatrix, row: number, scale: number, dense: Float32Array): void {
  const { indptr, indices, values } = matrix;
  for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k++) dense[indices[k]!]! += scale * values[k]!;
}

/** Sets a row's columns of a dense vector back to zero (cheaper than clearing it all). */
export function clearRow(matrix: FeatureMatrix, row: number, dense: Float32Array): void {
  const { indptr, indices } = matrix;
  for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k++) dense[indices[k]!] = 0;
}
