import type { FeatureMatrix } from './feature-matrix.ts';
import { createRandom } from '../seeded-random.ts';

/** One training example: a row of the feature matrix, its label and its weight. */
export interface Example {
  row: number;
  label: 1 | -1;
  weight: number;
}

export interface LinearModel {
  /** Dense weights, one per column. No bias: only the order of scores is ever used. */
  w: Float32Array;
}

export interface PegasosOptions {
  /** Regularisation strength (λ in the paper); larger keeps weights small and smooth. */
  lambda: number;
  /** Passes over the examples, each in a fresh random order. */
  epochs: number;
  seed: number;
}

/** Chosen on the quality bench (bench/lib/recommend-quality-eval.ts): λ from 1e-1 to 1e-3 tie, 1e-4 is worse. */
export const DEFAULT_PEGASOS: PegasosOptions = { lambda: 1e-2, epochs: 10, seed: 1 };

/**
 * A linear SVM fitted by Pegasos (Shalev-Shwartz et al., 2007): stochastic sub-gradient
 * steps on the weighted hinge loss with step 1/(λt). The weights are kept as scale × v, so
 * the shrink of every step costs one multiplication and an example costs its non-zeros.
 * No bias term: a ranking does not depend on one (and an unregularised bias with Pegasos'
 * large early steps swings far enough to stop every update).
 */
export function trainPegasos(matrix: FeatureMatrix, examples: readonly Example[], options: PegasosOptions = DEFAULT_PEGASOS): LinearModel {
  const dims = matrix.vocab.length;
  const v = new Float64Array(dims);
  let scale = 1;
  const { lambda } = options;
  const { indptr, indices, values } = matrix;
  const random = createRandom(options.seed);
  const order = examples.map((_, i) => i);
  // Averaging the iterates of the second half (averaged SGD) smooths the last steps' noise.
  const average = new Float64Array(dims);
  let averaged = 0;
  let t = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { row, label, weight } = examples[index]!;
      const eta = 1 / (lambda * (t + 1));
      let dot = 0;
      for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k++) dot += values[k]! * v[indices[k]!]!;
      const margin = label * scale * dot;
      // The shrink (1 - 1/(t+1)) never reaches zero, so scale stays positive.
      scale *= 1 - eta * lambda;
      if (margin < 1) {
        const step = (eta * label * weight) / scale;
        for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k++) v[indices[k]!]! += step * values[k]!;
      }
      if (scale < 1e-9) {
        for (let c = 0; c < dims; c++) v[c]! *= scale;
        scale = 1;
      }
      t++;
    }
    if (epoch >= options.epochs / 2) {
      for (let c = 0; c < dims; c++) average[c]! += v[c]! * scale;
      averaged++;
    }
  }
  return { w: Float32Array.from(average, (x) => x / Math.max(1, averaged)) };
}
