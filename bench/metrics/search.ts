import { readFileSync } from 'node:fs';
import type { MetricModule } from '../lib/metric-module.ts';
import searchLatency from '../lib/search-latency-module.ts';
import searchQuality from '../lib/search-quality-module.ts';

/** Search: known-item quality on the real corpus, then speed at 100k papers in Chromium. */
const search: MetricModule = {
  prefix: 'search',
  title: 'Search: known-item recall (real corpus) and speed at 100k papers (Chromium)',
  metrics: { ...searchQuality.metrics, ...searchLatency.metrics },
  notes: readFileSync(new URL('../search-notes.md', import.meta.url), 'utf8').trim().split('\n'),
  async run(ctx) {
    // BENCH_SEARCH_SKIP=quality or =latency runs one half (on a loaded host each takes long).
    const skip = new Set((process.env.BENCH_SEARCH_SKIP ?? '').split(',').map((part) => part.trim()));
    return {
      ...(skip.has('quality') ? {} : await searchQuality.run(ctx)),
      ...(skip.has('latency') ? {} : await searchLatency.run(ctx)),
    };
  },
};

export default search;
