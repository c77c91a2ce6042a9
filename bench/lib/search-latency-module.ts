import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { MetricModule, MetricSamples } from './metric-module.ts';
import { measureHeapMb } from './search-heap.ts';
import { describeSlowest, dropStoredIndex, SEARCH_PROBE_SCRIPT, timeBaselineFuse, typeQueries, waitForIndexReady, waitForStoredIndex } from './search-latency-probe.ts';

const RUN_TIMEOUT_MS = 900_000;
const IMPORT_TIMEOUT_MS = 300_000;
/** About 8 keys a second: a quick typist. */
const KEY_DELAY_MS = 120;
const PAPERS = 100_000;

/**
 * Realistic queries for the generated corpus, typos included, typed key by key; the last
 * describes a paper in other words than its own (from a generated summary), as people do.
 */
export const TYPED_QUERIES = [
  'residual reinforcment learning',
  'image inpainting diffusion',
  'consistency distilation',
  'author:gao deep research',
  'sim-to-real transfer',
  'visual encoders get better at understanding charts by pruning tokens',
];
/** Plain Fuse takes seconds per query at 100k, so fewer queries are timed for it. */
const BASELINE_QUERIES = ['residual reinforcment learning', 'image inpainting diffusion', 'consistency distilation'];

const searchLatency: MetricModule = {
  prefix: 'search',
  title: 'Search at 100k papers (Chromium)',
  metrics: {
    'search.100k.p50_ms': {
      unit: 'ms',
      description: `per keystroke, from the box's input event to results for that text (or a later one) painted; ${TYPED_QUERIES.length} queries typed at ${KEY_DELAY_MS} ms a key, 100k papers stored.`,
      baseline: 'search.100k.baseline_fuse.p95_ms',
    },
    'search.100k.p95_ms': {
      unit: 'ms',
      description: 'same keystrokes, 95th percentile.',
      target: { below: 50 },
      baseline: 'search.100k.baseline_fuse.p95_ms',
    },
    'search.100k.baseline_fuse.p95_ms': {
      unit: 'ms',
      description: `plain Fuse.js over all 100k stored papers (title, authors, keywords, organization, abstract; ignoreLocation, threshold 0.3), in the same page after the app's runs: the slowest of ${BASELINE_QUERIES.length} full queries (seconds each, so only ${BASELINE_QUERIES.length}), search time only.`,
    },
    'search.100k.longest_main_task_ms': {
      unit: 'ms',
      description: "longest gap of a setTimeout(0) heartbeat on the page while typing: the longest the main thread was busy (includes rendering).",
      target: { below: 50 },
    },
    'search.100k.index_build_ms': {
      unit: 'ms',
      description: 'cold start: persisted index deleted, page reloaded; search worker start until the index built from the 100k day rows (read + tokenise + postings) is ready.',
    },
    'search.100k.index_restore_ms': {
      unit: 'ms',
      description: 'warm start: page reloaded with the persisted index; search worker start until the restored index is ready.',
      baseline: 'search.100k.index_build_ms',
    },
    'search.100k.index_mb': {
      unit: 'MB',
      description: "the index's typed arrays and short-field strings (strings counted at one byte a character), 100k papers.",
    },
    'search.100k.heap_mb': {
      unit: 'MB',
      description:
        "V8 JS heap in use after GC (DevTools Runtime.getHeapUsage) with 100k papers stored, the index ready and the typed queries done (the worker keeps abstracts in memory for excerpts), page plus its workers. Excludes ArrayBuffer backing stores, i.e. the index's postings and other typed arrays (see search.100k.index_mb): add the two for the index's whole footprint.",
    },
  },
  async run(ctx): Promise<MetricSamples> {
    const corpus = await ctx.corpus('100k');
    if (!corpus) return {};
    const require = createRequire(import.meta.url);
    const fuseSource = await readFile(require.resolve('fuse.js').replace(/fuse\.c?js$/, 'fuse.min.mjs'), 'utf8');
    return ctx.withFreshPage({ label: 'search.100k', timeoutMs: RUN_TIMEOUT_MS, initScript: SEARCH_PROBE_SCRIPT }, async (page) => {
      await page.goto(corpus.url);
      await page.locator('html[data-import-state="done"]').waitFor({ state: 'attached', timeout: IMPORT_TIMEOUT_MS });
      ctx.log('search.100k: corpus imported');
      await waitForIndexReady(page, PAPERS, IMPORT_TIMEOUT_MS);
      await dropStoredIndex(page);
      await page.reload();
      const built = await waitForIndexReady(page, PAPERS, IMPORT_TIMEOUT_MS);
      ctx.log(`search.100k: cold build ${Math.round(built.readyMs)} ms (${built.source}), ${Math.round(built.bytes / 2 ** 20)} MB`);
      await waitForStoredIndex(page, PAPERS, IMPORT_TIMEOUT_MS);
      await page.goto(`${corpus.url}search`);
      const restored = await waitForIndexReady(page, PAPERS, IMPORT_TIMEOUT_MS);
      ctx.log(`search.100k: warm start ${Math.round(restored.readyMs)} ms (${restored.source})`);
      const typed = await typeQueries(page, TYPED_QUERIES, KEY_DELAY_MS);
      // After typing: the worker has by then loaded the abstracts it keeps for excerpts.
      const heap = await measureHeapMb(page).catch((error: Error) => {
        ctx.log(`search.100k: heap not measured: ${error.message}`);
        return undefined;
      });
      const sorted = [...typed.latencies].sort((a, b) => a - b);
      const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
      ctx.log(`search.100k: ${sorted.length} keystrokes, p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms, longest task ${typed.longestTaskMs.toFixed(1)} ms; slowest: ${describeSlowest(typed.slowest)}`);
      const baseline = await timeBaselineFuse(page, fuseSource, BASELINE_QUERIES);
      ctx.log(`search.100k: plain Fuse ${baseline.map((ms) => Math.round(ms)).join(', ')} ms`);
      const out: MetricSamples = {
        'search.100k.p50_ms': pct(0.5),
        'search.100k.p95_ms': pct(0.95),
        'search.100k.baseline_fuse.p95_ms': Math.max(...baseline),
        'search.100k.longest_main_task_ms': typed.longestTaskMs,
        'search.100k.index_build_ms': built.readyMs,
        'search.100k.index_mb': built.bytes / 2 ** 20,
      };
      if (restored.source === 'stored') out['search.100k.index_restore_ms'] = restored.readyMs;
      else ctx.log('search.100k: the warm start rebuilt instead of restoring; index_restore_ms not reported');
      if (heap) out['search.100k.heap_mb'] = heap.pageMb + heap.workersMb;
      return out;
    });
  },
};

export default searchLatency;
