import type { MetricModule, MetricSamples } from './metric-module.ts';
import { BOOKMARKS, buildMatrix, evaluateReader, mean, readerKeywords } from './recommend-quality-eval.ts';
import { loadRealPapers } from './search-real-corpus.ts';

const MIN_READERS = 20;

/** Recommendation quality with simulated readers on the real corpus (issue #10), in Node: the same domain code as the worker. */
const recommendQuality: MetricModule = {
  prefix: 'recommend',
  title: 'Recommendations: simulated readers (real corpus)',
  metrics: {
    'recommend.precision20': {
      unit: 'count',
      description: `mean precision@20 in percent over simulated readers: one per ai_keyword labelling 40 to 400 of the 5,100 real papers; the reader bookmarks the ${BOOKMARKS} earliest papers with it, every later paper is a candidate, relevant when it carries the keyword. Ours: the per-interest linear SVM (Pegasos) the worker trains. Target ≥ 3× upvotes and ≥ the centroid.`,
      baseline: 'recommend.baseline_upvotes.precision20',
    },
    'recommend.recall100': { unit: 'count', description: 'same readers, mean recall@100 in percent (relevant candidates found in our top 100).', baseline: 'recommend.baseline_centroid.recall100' },
    'recommend.baseline_upvotes.precision20': { unit: 'count', description: 'same readers and candidates ordered by upvotes: mean precision@20 in percent.' },
    'recommend.baseline_centroid.precision20': { unit: 'count', description: "same readers, candidates ordered by cosine to the bookmarks' tf-idf centroid: mean precision@20 in percent." },
    'recommend.baseline_centroid.recall100': { unit: 'count', description: 'centroid ordering, mean recall@100 in percent.' },
  },
  async run(ctx): Promise<MetricSamples> {
    const papers = await loadRealPapers();
    if (!papers) {
      ctx.log('recommend quality: ../shared/corpus/hf-daily is absent, skipping');
      return {};
    }
    const started = performance.now();
    const matrix = buildMatrix(papers);
    const keywords = readerKeywords(papers);
    ctx.log(`recommend quality: ${papers.length} papers, ${matrix.vocab.length} terms, features in ${Math.round(performance.now() - started)} ms; ${keywords.length} readers`);
    if (keywords.length < MIN_READERS) throw new Error(`only ${keywords.length} ai_keywords label 40 to 400 papers; the bench needs ${MIN_READERS}`);
    const results = keywords.map((keyword) => evaluateReader(papers, matrix, keyword));
    for (const r of results) {
      ctx.log(`  ${r.keyword} (${r.labelled}): p@20 ours ${r.ours.p20.toFixed(2)} upvotes ${r.upvotes.p20.toFixed(2)} centroid ${r.centroid.p20.toFixed(2)}`);
    }
    const pct = (value: number) => Math.round(value * 1000) / 10;
    return {
      'recommend.precision20': pct(mean(results, (r) => r.ours.p20)),
      'recommend.recall100': pct(mean(results, (r) => r.ours.r100)),
      'recommend.baseline_upvotes.precision20': pct(mean(results, (r) => r.upvotes.p20)),
      'recommend.baseline_centroid.precision20': pct(mean(results, (r) => r.centroid.p20)),
      'recommend.baseline_centroid.recall100': pct(mean(results, (r) => r.centroid.r100)),
    };
  },
};

export default recommendQuality;
