import { addRow, clearRow, dotRow, type FeatureMatrix } from './feature-matrix.ts';
import type { LinearModel } from './pegasos.ts';
import { accumulateCosines, type ColumnIndex } from './column-index.ts';

export interface Scored {
  row: number;
  score: number;
}

/**
 * The `k` best of `rows` by `scoreOf`, best first (ties by row, so orders are stable), with
 * a bounded min-heap: ranking 100k papers never sorts 100k numbers.
 */
export function topK(rows: ArrayLike<number>, k: number, scoreOf: (row: number) => number): Scored[] {
  const heap: Scored[] = [];
  const worse = (a: Scored, b: Scored) => a.score < b.score || (a.score === b.score && a.row > b.row);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const item = { row, score: scoreOf(row) };
    if (heap.length < k) {
      heap.push(item);
      let at = heap.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (k > 0 && worse(heap[0]!, item)) {
      heap[0] = item;
      let at = 0;
      for (;;) {
        const l = 2 * at + 1;
        const r = l + 1;
        let m = at;
        if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
        if (m === at) break;
        [heap[at], heap[m]] = [heap[m]!, heap[at]!];
        at = m;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

/** Every row's score under `model`, in one pass over the matrix. */
export function scoreAll(matrix: FeatureMatrix, model: LinearModel): Float32Array {
  const n = matrix.ids.length;
  const scores = new Float32Array(n);
  for (let r = 0; r < n; r++) scores[r] = dotRow(matrix, r, model.w);
  return scores;
}

/** The `count` columns that add most to a row's score: what the row shares with the interest. */
export function topContributions(matrix: FeatureMatrix, row: number, w: Float32Array, count: number): number[] {
  const contributions: { col: number; value: number }[] = [];
  for (let k = matrix.indptr[row]!; k < matrix.indptr[row + 1]!; k++) {
    const col = matrix.indices[k]!;
    const value = matrix.values[k]! * w[col]!;
    if (value > 0) contributions.push({ col, value });
  }
  return contributions
    .sort((a, b) => b.value - a.value || a.col - b.col)
    .slice(0, count)
    .map((c) => c.col);
}

/**
 * The rows most similar to `row` by cosine (rows are L2-normalised, so by dot product),
 * itself excluded, through a column index: only rows sharing a term are scored.
 * `scratch` is a zeroed array of one score per row, and is zeroed again on return.
 */
export function mostSimilarIndexed(matrix: FeatureMatrix, index: ColumnIndex, row: number, k: number, scratch: Float32Array): Scored[] {
  const touched = accumulateCosines(matrix, index, row, scratch);
  const candidates = touched.filter((r) => r !== row && scratch[r]! > 0);
  const best = topK(candidates, k, (r) => scratch[r]!);
  for (const r of touched) scratch[r] = 0;
  return best;
}

/** Of `saved` rows, the one nearest to `row` by cosine ("like: <title>"). */
export function nearestOf(matrix: FeatureMatrix, row: number, saved: readonly number[], scratch = new Float32Array(matrix.vocab.length)): number | undefined {
  if (!saved.length) return undefined;
  addRow(matrix, row, 1, scratch);
  const best = topK(
    saved.filter((r) => r !== row),
    1,
    (r) => dotRow(matrix, r, scratch),
  )[0];
  clearRow(matrix, row, scratch);
  return best?.row;
}
