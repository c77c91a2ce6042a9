import { columnIndex, type ColumnIndex } from '../../../domain/recommend/column-index.ts';
import { rowIndex, type FeatureMatrix } from '../../../domain/recommend/feature-matrix.ts';
import { learnInterest, type LearnedInterest } from '../../../domain/recommend/learn-interest.ts';
import { scoreAll } from '../../../domain/recommend/rank.ts';
import { interestsOf, type InterestKey, type LibrarySignal, type SavedPaper } from '../../../domain/recommend/signals.ts';

/**
 * Every interest's model over one feature matrix, and the scores of every paper for "all"
 * (what /for-you and ?sort=for-you read). Collections are scored when first asked for.
 */
export class InterestModels {
  readonly rowOf: Map<string, number>;
  private models = new Map<InterestKey, LearnedInterest>();
  private scores = new Map<InterestKey, Float32Array>();
  private columnsByTerm: ColumnIndex | undefined;
  /** One score per row, zero between uses (see mostSimilarIndexed). */
  readonly similarScratch: Float32Array;
  saved = new Set<string>();
  negatives = new Set<string>();

  constructor(readonly matrix: FeatureMatrix) {
    this.rowOf = rowIndex(matrix);
    this.similarScratch = new Float32Array(matrix.ids.length);
  }

  /** The matrix by column, for similar papers: derived in memory (never stored), on first use. */
  columns(): ColumnIndex {
    this.columnsByTerm ??= columnIndex(this.matrix);
    return this.columnsByTerm;
  }

  /** Fits every interest again and re-scores "all"; returns how long it took. */
  train(saved: readonly SavedPaper[], signals: readonly LibrarySignal[]): number {
    const started = performance.now();
    const interests = interestsOf(saved, signals);
    this.models = new Map(interests.map((interest) => [interest.key, learnInterest(this.matrix, this.rowOf, interest)]));
    this.saved = new Set(interests[0]!.positives);
    this.negatives = new Set(interests[0]!.negatives);
    this.scores.clear();
    this.scoresOf('all');
    return performance.now() - started;
  }

  model(key: InterestKey): LearnedInterest | undefined {
    return this.models.get(key);
  }

  /** Positives of `key` found in the corpus (0 for an unknown collection). */
  positives(key: InterestKey): number {
    return this.models.get(key)?.positives.length ?? 0;
  }

  scoresOf(key: InterestKey): Float32Array | undefined {
    const learned = this.models.get(key);
    if (learned?.state !== 'ready') return undefined;
    let scores = this.scores.get(key);
    if (!scores) {
      scores = scoreAll(this.matrix, learned.model);
      this.scores.set(key, scores);
    }
    return scores;
  }
}
