import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import { addRow, dotRow, rowIndex, type FeatureMatrix } from '../../src/domain/recommend/feature-matrix.ts';
import { learnInterest } from '../../src/domain/recommend/learn-interest.ts';
import { scoreAll, topK } from '../../src/domain/recommend/rank.ts';
import { createTfidfBuilder } from '../../src/domain/recommend/tfidf.ts';

/**
 * Simulated readers (issue #10): for each ai_keyword labelling 40 to 400 papers, a reader
 * bookmarks the 10 earliest papers carrying it; every later paper is a candidate, relevant
 * when it carries the keyword. Our ranking (the same domain code the worker runs) is judged
 * beside two baselines: upvotes, and cosine to the bookmarks' tf-idf centroid.
 */
export interface ReaderResult {
  keyword: string;
  labelled: number;
  ours: { p20: number; r100: number };
  upvotes: { p20: number; r100: number };
  centroid: { p20: number; r100: number };
}

export const BOOKMARKS = 10;

/** Keywords labelling between `min` and `max` papers, most used first (ties by name). */
export function readerKeywords(papers: readonly Paper[], min = 40, max = 400): string[] {
  const counts = new Map<string, number>();
  for (const paper of papers) for (const k of new Set(paper.keywords ?? [])) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= min && n <= max)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k]) => k);
}

export function buildMatrix(papers: readonly Paper[]): FeatureMatrix {
  const builder = createTfidfBuilder();
  papers.forEach(builder.add);
  return builder.finish();
}

const byTime = (a: Paper, b: Paper) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function evaluateReader(papers: readonly Paper[], matrix: FeatureMatrix, keyword: string): ReaderResult {
  const rowOf = rowIndex(matrix);
  const labelled = [...papers].filter((p) => p.keywords?.includes(keyword)).sort(byTime);
  const saved = labelled.slice(0, BOOKMARKS);
  const last = saved[saved.length - 1]!;
  // Candidates: every paper after the last bookmark (by day, then id), the bookmarks excluded.
  const candidates = papers.filter((p) => byTime(p, last) > 0).map((p) => rowOf.get(p.id)!);
  const relevant = new Set(candidates.filter((r) => papers[r]!.keywords?.includes(keyword)));
  const judge = (top: number[]) => ({
    p20: top.slice(0, 20).filter((r) => relevant.has(r)).length / 20,
    r100: relevant.size ? top.slice(0, 100).filter((r) => relevant.has(r)).length / relevant.size : 0,
  });

  const learned = learnInterest(matrix, rowOf, { key: 'all', positives: saved.map((p) => p.id), negatives: [] });
  if (learned.state !== 'ready') throw new Error(`reader "${keyword}" has fewer bookmarks in the corpus than ${BOOKMARKS}`);
  const scores = scoreAll(matrix, learned.model);
  const ours = topK(candidates, 100, (r) => scores[r]!).map((s) => s.row);

  const upvotes = topK(candidates, 100, (r) => papers[r]!.upvotes).map((s) => s.row);

  const centroid = new Float32Array(matrix.vocab.length);
  for (const p of saved) addRow(matrix, rowOf.get(p.id)!, 1 / saved.length, centroid);
  const centroidTop = topK(candidates, 100, (r) => dotRow(matrix, r, centroid)).map((s) => s.row);

  return { keyword, labelled: labelled.length, ours: judge(ours), upvotes: judge(upvotes), centroid: judge(centroidTop) };
}

export function mean(results: readonly ReaderResult[], pick: (r: ReaderResult) => number): number {
  return results.reduce((sum, r) => sum + pick(r), 0) / Math.max(1, results.length);
}
