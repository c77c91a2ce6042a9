import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusFile } from '../corpus/read-corpus-file.ts';
import type { Paper } from '../corpus/paper-schema.ts';
import { hasSharedCorpus, hfDailyDir } from '../../testing/shared-corpus.ts';
import { makePaper } from '../../testing/make-paper.ts';
import { buildSegment } from './build-segment.ts';
import { referenceBuildSegment } from './build-segment.reference.ts';
import type { Segment } from './segment.ts';

/**
 * The fast build (char-code scanner, per-word memo, typed per-term bits, pair-hash prefixes)
 * must give the very segment the earlier build gave: same terms, postings, field bits and
 * pair filters, so recall and ranking cannot move.
 */
describe('buildSegment', () => {
  it('gives the same segment as the earlier build on tricky text', () => {
    const texts = [
      'The MapTask corpus: SigLIP, BERTScore, GPT4o and LLMs (VLMs) – vision-language pre-training, state-of-the-art',
      'Gödel, Erdős and naïve café résumé — ﬁne ligatures, Ｆｕｌｌ width, 模型 和 数据, עברית, emoji 🙂 here',
      'a-n x-y ItS OfA a–b‑c‐d 3D-GS 2x-faster Qwen2.5-VL-7B-Instruct k-NN kNN',
      '𝐁𝐨𝐥𝐝 math letters 𝑥𝑦, lone \ud800 surrogate, \u0301 combining, tabs\tand\nnewlines',
      '',
    ];
    const papers = texts.map((text, i) =>
      makePaper({ id: `2510.${10000 + i}`, date: '2025-10-0' + (1 + (i % 3)), title: text.slice(0, 60) || 'x', abstract: text, authors: ['Jörg MüllerSmith', 'de-la Cruz'], keywords: ['MoE', 'in-context'] }),
    );
    expect(buildSegment(papers)).toEqual(referenceBuildSegment(papers));
  });

  it.skipIf(!hasSharedCorpus)('gives the same segment as the earlier build on the real corpus', () => {
    const papers: Paper[] = [];
    for (const file of readdirSync(hfDailyDir).filter((f) => f.endsWith('.json')).sort()) {
      const outcome = readCorpusFile(file, readFileSync(join(hfDailyDir, file), 'utf8'));
      if (outcome.ok) papers.push(...outcome.value.papers);
    }
    expect(papers.length).toBeGreaterThan(1000);
    expect(firstDifference(buildSegment(papers), referenceBuildSegment(papers))).toBeUndefined();
  }, 120_000);
});

/** The first column and row where two segments differ (a deep `toEqual` on ~1M postings takes minutes). */
function firstDifference(a: Segment, b: Segment): string | undefined {
  for (const key of Object.keys(b) as (keyof Segment)[]) {
    const x = a[key] as ArrayLike<unknown>;
    const y = b[key] as ArrayLike<unknown>;
    if (x.length !== y.length) return `${key}: ${x.length} entries against ${y.length}`;
    for (let i = 0; i < y.length; i++) if (x[i] !== y[i]) return `${key}[${i}]: ${String(x[i])} against ${String(y[i])}`;
  }
  return Object.keys(a).length === Object.keys(b).length ? undefined : 'different columns';
}
