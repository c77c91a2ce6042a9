import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { topContributions, nearestOf, type Scored } from '../../../domain/recommend/rank.ts';
import { displayTerm } from '../../../domain/recommend/paper-terms.ts';
import type { FeatureMatrix } from '../../../domain/recommend/feature-matrix.ts';
import type { Pick } from './recommend-protocol.ts';

const TERMS_SHOWN = 3;

/**
 * Picks with their reasons: the terms adding most to the score (`weights` is the model's, or
 * for similar papers the query row's), and the nearest of the saved rows ("like: <title>").
 */
export function explainPicks(
  matrix: FeatureMatrix,
  scored: readonly Scored[],
  weights: Float32Array,
  savedRows: readonly number[],
  titleOf: (id: string) => string | undefined,
): Pick[] {
  const scratch = new Float32Array(matrix.vocab.length);
  return scored.map(({ row, score }) => {
    const terms = topContributions(matrix, row, weights, TERMS_SHOWN).map((col) => displayTerm(matrix.vocab[col]!));
    const nearest = nearestOf(matrix, row, savedRows, scratch);
    const likeId = nearest === undefined ? undefined : matrix.ids[nearest]!;
    const title = likeId ? titleOf(likeId) : undefined;
    return { id: matrix.ids[row]!, score, terms, ...(likeId && title ? { like: { id: likeId, title } } : {}) };
  });
}

/** Attaches papers where the answer must carry them. */
export function withPapers(picks: Pick[], papers: ReadonlyMap<string, Paper>): Pick[] {
  return picks.flatMap((pick) => {
    const paper = papers.get(pick.id);
    return paper ? [{ ...pick, paper }] : [];
  });
}
