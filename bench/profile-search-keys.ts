/**
 * Replays the search benchmarks' keystrokes (every prefix of each typed query) against a
 * 100k index in Node and reports the search's own time per key, by phase: where a slow
 * keystroke's worker time goes, without a browser. Not part of `npm run bench`.
 *
 *   node --import tsx bench/profile-search-keys.ts [corpusDir]
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Paper } from '../src/domain/corpus/paper-schema.ts';
import { SearchIndex } from '../src/domain/search/search-index.ts';
import type { QueryPhases } from '../src/domain/search/run-query.ts';
import { slowDeviceQueries } from './lib/slow-queries.ts';
import { TYPED_QUERIES } from './lib/search-latency-module.ts';

const REPEAT = Number(process.env.REPEAT ?? 3);
const dir = process.argv[2] ?? join(import.meta.dirname, '.data/corpus-100k');
const papers: Paper[] = [];
for (const file of (await readdir(dir)).filter((f) => /^\d{4}-\d{2}\.json$/.test(f)).sort()) {
  papers.push(...(JSON.parse(await readFile(join(dir, file), 'utf8')) as { papers: Paper[] }).papers);
}
let t = performance.now();
const index = SearchIndex.build(papers);
console.log(`${papers.length} papers, index built in ${Math.round(performance.now() - t)} ms`);
const slow = (await slowDeviceQueries(dir)).map((q) => q.query);
const sets = { typed: TYPED_QUERIES, slow };
// Warm up as the worker does, then time.
for (const text of [...TYPED_QUERIES, ...slow]) index.search(text, { filters: {}, sort: 'relevance', limit: 20 });
for (const [name, queries] of Object.entries(sets)) {
  const rows: { ms: number; text: string; phases: QueryPhases }[] = [];
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      const text = query.slice(0, i);
      if (!text.trim()) continue;
      // The fastest of REPEAT runs: the host is shared, and the least disturbed run is the cost.
      let best: { ms: number; text: string; phases: QueryPhases } | undefined;
      for (let r = 0; r < REPEAT; r++) {
        const phases: QueryPhases = { expand: 0, score: 0, collect: 0, rerank: 0 };
        t = performance.now();
        index.search(text, { filters: {}, sort: 'relevance', limit: 20, phases });
        const ms = performance.now() - t;
        if (!best || ms < best.ms) best = { ms, text, phases };
      }
      rows.push(best!);
    }
  }
  const sorted = rows.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(1);
  const sum = (k: keyof QueryPhases) => rows.reduce((s, r) => s + r.phases[k], 0).toFixed(0);
  console.log(`${name}: ${rows.length} keys, p50 ${pct(0.5)} p95 ${pct(0.95)} max ${sorted.at(-1)!.toFixed(1)} ms, total ${sorted.reduce((a, b) => a + b, 0).toFixed(0)} ms; phases expand ${sum('expand')} score ${sum('score')} collect ${sum('collect')} rerank ${sum('rerank')}`);
  for (const r of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 8)) {
    const p = r.phases;
    console.log(`  ${r.ms.toFixed(1)} ms  e ${p.expand.toFixed(1)} s ${p.score.toFixed(1)} c ${p.collect.toFixed(1)} r ${p.rerank.toFixed(1)}  “${r.text}”`);
  }
}
