import { readPapers } from '../../../db/recommend-repo.ts';
import { mostSimilarIndexed, topK } from '../../../domain/recommend/rank.ts';
import { addRow, clearRow } from '../../../domain/recommend/feature-matrix.ts';
import { explainPicks, withPapers } from './explain-picks.ts';
import type { InterestModels } from './interest-models.ts';
import type { RankAnswer, RecommendQuery, SimilarAnswer } from './recommend-protocol.ts';

type Query<T extends RecommendQuery['type']> = Extract<RecommendQuery, { type: T }>;
type TitleOf = (id: string) => string | undefined;

function savedRows(models: InterestModels, key: Query<'order'>['interest']): number[] {
  const learned = models.model(key);
  return learned?.positives ?? [];
}

/** A period's papers in interest order; ids without features (not yet indexed) go last. */
export function answerOrder(models: InterestModels, query: Query<'order'>, titleOf: TitleOf): RankAnswer {
  const started = performance.now();
  const scores = models.scoresOf(query.interest)!;
  const learned = models.model(query.interest)!;
  if (learned.state !== 'ready') throw new Error('unreachable: a cold interest has no scores');
  const rows = query.ids.flatMap((id) => (models.rowOf.has(id) ? [models.rowOf.get(id)!] : []));
  const scored = topK(rows, rows.length, (r) => scores[r]!);
  const picks = explainPicks(models.matrix, scored, learned.model.w, savedRows(models, query.interest), titleOf);
  const known = new Set(picks.map((p) => p.id));
  const rest = query.ids.filter((id) => !known.has(id)).map((id) => ({ id, score: Number.NEGATIVE_INFINITY, terms: [] }));
  return { picks: [...picks, ...rest], candidates: query.ids.length, tookMs: performance.now() - started };
}

/** The best papers after `since` that are neither read, saved nor marked "less like this". */
export async function answerForYou(models: InterestModels, query: Query<'for-you'>, titleOf: TitleOf, read: ReadonlySet<string>): Promise<RankAnswer> {
  const started = performance.now();
  const scores = models.scoresOf(query.interest)!;
  const learned = models.model(query.interest)!;
  if (learned.state !== 'ready') throw new Error('unreachable: a cold interest has no scores');
  const { matrix } = models;
  const candidates: number[] = [];
  for (let r = 0; r < matrix.ids.length; r++) {
    const id = matrix.ids[r]!;
    if (query.since !== null && matrix.dates[r]! <= query.since) continue;
    if (read.has(id) || models.saved.has(id) || models.negatives.has(id)) continue;
    candidates.push(r);
  }
  const scored = topK(candidates, query.limit, (r) => scores[r]!);
  const picks = explainPicks(matrix, scored, learned.model.w, savedRows(models, query.interest), titleOf);
  const papers = await readPapers(picks.map((p) => p.id), (id) => matrix.dates[models.rowOf.get(id)!]);
  return { picks: withPapers(picks, papers), candidates: candidates.length, tookMs: performance.now() - started };
}

/** The papers nearest to one paper by cosine, each with the terms they share most. */
export async function answerSimilar(models: InterestModels, query: Query<'similar'>, titleOf: TitleOf): Promise<SimilarAnswer> {
  const started = performance.now();
  const { matrix } = models;
  const row = models.rowOf.get(query.paperId);
  if (row === undefined) return { picks: [], missing: true, tookMs: performance.now() - started };
  const scored = mostSimilarIndexed(matrix, models.columns(), row, query.limit, models.similarScratch);
  const scratch = new Float32Array(matrix.vocab.length);
  addRow(matrix, row, 1, scratch);
  const picks = explainPicks(matrix, scored, scratch, [], titleOf);
  clearRow(matrix, row, scratch);
  const tookMs = performance.now() - started;
  const papers = await readPapers(picks.map((p) => p.id), (id) => matrix.dates[models.rowOf.get(id)!]);
  return { picks: withPapers(picks, papers), missing: false, tookMs };
}
