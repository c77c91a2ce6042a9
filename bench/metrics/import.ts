import { IMPORT_PROBE_SCRIPT, measureAppImport } from '../lib/import-probe.ts';
import type { BenchContext, MetricModule, MetricSamples } from '../lib/metric-module.ts';
import { measureNaiveImport } from '../lib/naive-import.ts';
import { corpusMegabytes, measureAfterImport } from '../lib/first-visit-probe.ts';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const REAL_RUN_TIMEOUT_MS = 120_000;
// The app run also waits for the search index to cover every paper and be stored.
const BIG_RUN_TIMEOUT_MS = 480_000;

/** The first visit's import of the whole served corpus, from an empty profile. */
const importModule: MetricModule = {
  prefix: 'import',
  title: 'First-visit import',
  // What the profiles and runs showed and what each change bought: written by hand, kept across runs.
  notes: readFileSync(new URL('../import-notes.md', import.meta.url), 'utf8').trim().split('\n'),
  metrics: {
    'import.real.ms': {
      unit: 'ms',
      description: 'real Hugging Face corpus (5,100 papers): navigation start until html[data-import-state=done], fresh profile.',
    },
    'import.100k.ms': {
      unit: 'ms',
      description: 'generated 100k-paper corpus (seed `bench`, 12 monthly shards): navigation start until html[data-import-state=done], fresh profile.',
      target: { below: 15_000 },
      baseline: 'import.100k.baseline_ms',
    },
    'import.100k.baseline_ms': {
      unit: 'ms',
      description:
        'the naive design on the same corpus and origin: main-thread fetch + JSON.parse per shard, one raw IndexedDB put per paper (store keyed by id, `date` index), one transaction per shard; navigation start until the last commit.',
    },
    'import.100k.longest_main_task_ms': {
      unit: 'ms',
      description: "longest main-thread 'longtask' entry between navigation start and import done in the import.100k.ms runs (0 = none over 50 ms).",
      target: { below: 100 },
    },
    'import.100k.first_card_ms': {
      unit: 'ms',
      description: 'navigation start until the first paper card (an article in main) is in the page, in the import.100k.ms runs. Target: under a tenth of import.100k.baseline_ms.',
      baseline: 'import.100k.baseline_ms',
    },
    'import.100k.search_ready_ms': {
      unit: 'ms',
      description: "navigation start until the search index covers every paper (the first 'search:index-ready' mark with all of them), in the import.100k.ms runs. Target: under 1.1× import.100k.ms.",
      baseline: 'import.100k.ms',
    },
    'import.100k.storage_mb': {
      unit: 'MB',
      description: 'navigator.storage.estimate().usage once the import is done and the search index stored (everything a first visit leaves: IndexedDB, caches). Target: at most 1.3× import.100k.corpus_mb.',
      baseline: 'import.100k.corpus_mb',
    },
    'import.100k.indexeddb_mb': {
      unit: 'MB',
      description: "the IndexedDB part of import.100k.storage_mb (Chromium's usageDetails).",
      baseline: 'import.100k.corpus_mb',
    },
    'import.100k.corpus_mb': {
      unit: 'MB',
      description: "the served corpus's JSON files (manifest and shards) on disk.",
    },
  },
  async run(ctx) {
    ctx.record(await measureReal(ctx));
    return measureBig(ctx);
  },
};

export default importModule;

async function measureReal(ctx: BenchContext): Promise<MetricSamples> {
  const corpus = await ctx.corpus('real');
  if (!corpus) return {};
  const samples: number[] = [];
  const runs = ctx.runs(5);
  for (let i = 1; i <= runs; i++) {
    const label = `import.real run ${i}/${runs}`;
    const run = await ctx.withFreshPage({ label, timeoutMs: REAL_RUN_TIMEOUT_MS, initScript: IMPORT_PROBE_SCRIPT }, (page) =>
      measureAppImport(page, corpus.url, REAL_RUN_TIMEOUT_MS),
    );
    ctx.log(`${label}: ${Math.round(run.ms)} ms, ${run.importedShards} shards, longest task ${Math.round(run.longestTaskMs)} ms`);
    samples.push(run.ms);
  }
  return { 'import.real.ms': samples };
}

/** App and baseline runs alternate, so drift on a noisy host hits both alike. */
async function measureBig(ctx: BenchContext): Promise<MetricSamples> {
  const corpus = await ctx.corpus('100k');
  if (!corpus) return {};
  const app: number[] = [];
  const longest: number[] = [];
  const baseline: number[] = [];
  const firstCard: number[] = [];
  const searchReady: number[] = [];
  const storage: number[] = [];
  const indexedDb: number[] = [];
  const manifest = JSON.parse(await readFile(join(corpus.dir, 'manifest.json'), 'utf8')) as { shards: { count: number }[] };
  const papers = manifest.shards.reduce((sum, shard) => sum + shard.count, 0);
  const runs = ctx.runs(3);
  for (let i = 1; i <= runs; i++) {
    const label = `import.100k run ${i}/${runs}`;
    const run = await ctx.withFreshPage({ label, timeoutMs: BIG_RUN_TIMEOUT_MS, initScript: IMPORT_PROBE_SCRIPT }, async (page) => {
      const imported = await measureAppImport(page, corpus.url, BIG_RUN_TIMEOUT_MS);
      return { ...imported, ...(await measureAfterImport(page, papers, BIG_RUN_TIMEOUT_MS)) };
    });
    ctx.log(
      `${label}: ${Math.round(run.ms)} ms, ${run.importedShards} shards, longest task ${Math.round(run.longestTaskMs)} ms, first card ${Math.round(run.firstCardMs ?? -1)} ms, ` +
        `search ready ${Math.round(run.searchReadyMs)} ms, storage ${run.storageMb.toFixed(1)} MB (IndexedDB ${run.indexedDbMb?.toFixed(1) ?? '?'} MB)\n  ${run.longFrames}`,
    );
    app.push(run.ms);
    longest.push(run.longestTaskMs);
    if (run.firstCardMs !== null) firstCard.push(run.firstCardMs);
    searchReady.push(run.searchReadyMs);
    storage.push(run.storageMb);
    if (run.indexedDbMb !== null) indexedDb.push(run.indexedDbMb);

    const baselineLabel = `import.100k.baseline run ${i}/${runs}`;
    const naive = await ctx.withFreshPage({ label: baselineLabel, timeoutMs: BIG_RUN_TIMEOUT_MS }, (page) =>
      measureNaiveImport(page, corpus.url, BIG_RUN_TIMEOUT_MS),
    );
    ctx.log(`${baselineLabel}: ${Math.round(naive.ms)} ms, ${naive.papers} papers`);
    baseline.push(naive.ms);
  }
  return {
    'import.100k.ms': app,
    'import.100k.longest_main_task_ms': longest,
    'import.100k.baseline_ms': baseline,
    'import.100k.first_card_ms': firstCard,
    'import.100k.search_ready_ms': searchReady,
    'import.100k.storage_mb': storage,
    'import.100k.indexeddb_mb': indexedDb,
    'import.100k.corpus_mb': await corpusMegabytes(corpus.dir),
  };
}
