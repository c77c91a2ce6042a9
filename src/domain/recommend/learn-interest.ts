import type { FeatureMatrix } from './feature-matrix.ts';
import { DEFAULT_PEGASOS, trainPegasos, type Example, type LinearModel, type PegasosOptions } from './pegasos.ts';
import { createRandom, type Random } from '../seeded-random.ts';
import { MIN_POSITIVES, type Interest } from './signals.ts';

export interface LearnOptions {
  /** Other papers drawn as presumed negatives (arxiv-sanity uses every other paper; a sample is as good and bounded). */
  sampledNegatives: number;
  /** Weight of an explicit "less like this" relative to a sampled paper. */
  explicitNegativeWeight: number;
  pegasos: PegasosOptions;
}

export const DEFAULT_LEARN: LearnOptions = { sampledNegatives: 1_000, explicitNegativeWeight: 3, pegasos: DEFAULT_PEGASOS };

export type LearnedInterest =
  | { state: 'ready'; key: Interest['key']; model: LinearModel; positives: number[]; negatives: number[] }
  /** Fewer than MIN_POSITIVES positives are in the corpus: the views say what to do instead. */
  | { state: 'cold'; key: Interest['key']; positives: number[] };

/**
 * Fits one interest: its positives against its explicit negatives and a seeded sample of
 * the other papers. Signals for papers not in the matrix (no longer in the corpus) are
 * skipped here and kept in storage. Classes are balanced by weight, so five bookmarks
 * count as much as a thousand sampled papers.
 */
export function learnInterest(matrix: FeatureMatrix, rowOf: ReadonlyMap<string, number>, interest: Interest, options: LearnOptions = DEFAULT_LEARN): LearnedInterest {
  const positives = rowsOf(interest.positives, rowOf);
  if (positives.length < MIN_POSITIVES) return { state: 'cold', key: interest.key, positives };
  const explicit = rowsOf(interest.negatives, rowOf).filter((r) => !positives.includes(r));
  const taken = new Set([...positives, ...explicit]);
  const sampled = sampleRows(matrix.ids.length, options.sampledNegatives, taken, createRandom(options.pegasos.seed + positives.length));
  const negativeMass = sampled.length + explicit.length * options.explicitNegativeWeight;
  // Balanced classes, scaled so the heaviest example weighs 1: Pegasos' early steps are
  // 1/(λt) long, and a weight of hundreds would throw the weights far off.
  const unit = 1 / Math.max(negativeMass / positives.length, options.explicitNegativeWeight);
  const examples: Example[] = [
    ...positives.map((row) => ({ row, label: 1 as const, weight: (negativeMass / positives.length) * unit })),
    ...explicit.map((row) => ({ row, label: -1 as const, weight: options.explicitNegativeWeight * unit })),
    ...sampled.map((row) => ({ row, label: -1 as const, weight: unit })),
  ];
  const model = trainPegasos(matrix, examples, options.pegasos);
  return { state: 'ready', key: interest.key, model, positives, negatives: explicit };
}

function rowsOf(ids: readonly string[], rowOf: ReadonlyMap<string, number>): number[] {
  return [...new Set(ids.flatMap((id) => (rowOf.has(id) ? [rowOf.get(id)!] : [])))];
}

/** Up to `count` distinct rows not in `taken`, drawn uniformly. */
function sampleRows(n: number, count: number, taken: ReadonlySet<number>, random: Random): number[] {
  const available = n - taken.size;
  if (available <= count) return [...Array(n).keys()].filter((r) => !taken.has(r));
  const chosen = new Set<number>();
  while (chosen.size < count) {
    const r = random.int(0, n - 1);
    if (!taken.has(r)) chosen.add(r);
  }
  return [...chosen].sort((a, b) => a - b);
}
