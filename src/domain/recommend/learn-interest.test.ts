import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { DEFAULT_LEARN, learnInterest } from './learn-interest.ts';
import { addRow, clearRow, dotRow, rowIndex, type FeatureMatrix } from './feature-matrix.ts';
import { mostSimilarIndexed, scoreAll, topK, type Scored } from './rank.ts';
import { columnIndex } from './column-index.ts';
import { interestsOf, mergeSignals } from './signals.ts';
import { createTfidfBuilder } from './tfidf.ts';

const range = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

/** mostSimilarIndexed's reference, by brute force: the query row against every row. */
function mostSimilar(matrix: FeatureMatrix, row: number, k: number, scratch = new Float32Array(matrix.vocab.length)): Scored[] {
  addRow(matrix, row, 1, scratch);
  const n = matrix.ids.length;
  const scores = new Float32Array(n);
  for (let r = 0; r < n; r++) scores[r] = r === row ? -Infinity : dotRow(matrix, r, scratch);
  clearRow(matrix, row, scratch);
  return topK(range(n), k, (r) => scores[r]!).filter((s) => s.score > 0);
}

const TOPIC_A = ['protein folding structure', 'protein structure prediction', 'folding of protein chains', 'protein contact maps', 'structure of folded protein'];
const TOPIC_B = ['robot grasping policy', 'robot arm grasping', 'grasping with robot hands', 'robot manipulation policy', 'policy for robot grasping'];

function toyCorpus() {
  const papers = [...TOPIC_A.map((t, i) => ({ t, id: `a${i}` })), ...TOPIC_B.map((t, i) => ({ t, id: `b${i}` }))].map(({ t, id }) =>
    makePaper({ id, title: t, abstract: '', authors: [] }),
  );
  const builder = createTfidfBuilder(() => ({ minDf: 1, maxDfFraction: 1, maxFeatures: 65_535 }));
  papers.forEach(builder.add);
  const matrix = builder.finish();
  return { matrix, rowOf: rowIndex(matrix) };
}

describe('learnInterest', () => {
  it('separates a toy separable set', () => {
    const { matrix, rowOf } = toyCorpus();
    // No sampled negatives: in a ten-paper corpus a sample would hold the unseen A papers.
    const options = { ...DEFAULT_LEARN, sampledNegatives: 0 };
    const learned = learnInterest(matrix, rowOf, { key: 'all', positives: ['a0', 'a1', 'a2'], negatives: ['b0', 'b1', 'b2'] }, options);
    expect(learned.state).toBe('ready');
    if (learned.state !== 'ready') return;
    const scores = scoreAll(matrix, learned.model);
    const worstA = Math.min(...TOPIC_A.map((_, i) => scores[rowOf.get(`a${i}`)!]!));
    const bestB = Math.max(...TOPIC_B.map((_, i) => scores[rowOf.get(`b${i}`)!]!));
    // Unseen papers (a3, a4, b3, b4) too: every A above every B.
    expect(worstA).toBeGreaterThan(bestB);
  });

  it('keeps a signal for a paper no longer in the corpus, and ignores it', () => {
    const { matrix, rowOf } = toyCorpus();
    const withGhost = learnInterest(matrix, rowOf, { key: 'all', positives: ['a0', 'a1', 'gone.1'], negatives: ['gone.2'] });
    expect(withGhost).toEqual({ state: 'cold', key: 'all', positives: [rowOf.get('a0'), rowOf.get('a1')] });
    const enough = learnInterest(matrix, rowOf, { key: 'all', positives: ['a0', 'a1', 'a2', 'gone.1'], negatives: ['gone.2'] });
    expect(enough.state).toBe('ready');
  });

  it('finds similar papers by cosine, the paper itself excluded', () => {
    const { matrix, rowOf } = toyCorpus();
    const similar = mostSimilar(matrix, rowOf.get('a0')!, 3).map((s) => matrix.ids[s.row]);
    expect(similar).toHaveLength(3);
    expect(similar.every((id) => id!.startsWith('a') && id !== 'a0')).toBe(true);
  });
});

describe('mostSimilarIndexed', () => {
  it('finds the same rows with the same scores as the brute-force cosine', () => {
    const { matrix } = toyCorpus();
    const index = columnIndex(matrix);
    const scratch = new Float32Array(matrix.ids.length);
    for (let row = 0; row < matrix.ids.length; row++) {
      const brute = mostSimilar(matrix, row, 4);
      const indexed = mostSimilarIndexed(matrix, index, row, 4, scratch);
      expect(indexed.map((s) => s.row)).toEqual(brute.map((s) => s.row));
      indexed.forEach((s, i) => expect(s.score).toBeCloseTo(brute[i]!.score, 5));
      expect(scratch.every((v) => v === 0)).toBe(true);
    }
  });
});

describe('topK', () => {
  it('keeps the best k, best first, ties by row', () => {
    const scores = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(topK(range(8), 3, (r) => scores[r]!).map((s) => s.row)).toEqual([5, 7, 4]);
    expect(topK([1, 3], 5, () => 0).map((s) => s.row)).toEqual([1, 3]);
  });
});

describe('interests and signals', () => {
  it('learns all positives together and each collection alone; "less" overrides a bookmark', () => {
    const interests = interestsOf(
      [
        { paperId: 'p1', collectionIds: ['c1'] },
        { paperId: 'p2', collectionIds: [] },
        { paperId: 'p3', collectionIds: ['c1'] },
      ],
      [
        { paperId: 'p4', kind: 'more', createdAt: 1 },
        { paperId: 'p2', kind: 'less', createdAt: 2 },
      ],
    );
    expect(interests).toEqual([
      { key: 'all', positives: ['p1', 'p3', 'p4'], negatives: ['p2'] },
      { key: 'collection:c1', positives: ['p1', 'p3'], negatives: ['p2'] },
    ]);
  });

  it('merges imported signals, the later one winning', () => {
    const merged = mergeSignals([{ paperId: 'p1', kind: 'more', createdAt: 5 }], [
      { paperId: 'p1', kind: 'less', createdAt: 9 },
      { paperId: 'p2', kind: 'less', createdAt: 1 },
    ]);
    expect(merged.added).toBe(1);
    expect(merged.signals).toEqual([
      { paperId: 'p1', kind: 'less', createdAt: 9 },
      { paperId: 'p2', kind: 'less', createdAt: 1 },
    ]);
  });
});
