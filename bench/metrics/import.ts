import { IMPORT_PROBE_SCRIPT, measureAppImport } from '../lib/import-probe.ts';
import type { BenchContext, MetricModule, MetricSamples } from '../lib/metric-module.ts';
import { measureNaiveImport } from '../lib/naive-import.ts';

const REAL_RUN_TIMEOUT_MS = 120_000;
const BIG_RUN_TIMEOUT_MS = 240_000;

/** The first visit's import of the whole served corpus, from an empty profile. */
const importModule: MetricModule = {
  prefix: 'import',
  title: 'First-visit import',
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
  const runs = ctx.runs(3);
  for (let i = 1; i <= runs; i++) {
    const label = `import.100k run ${i}/${runs}`;
    const run = await ctx.withFreshPage({ label, timeoutMs: BIG_RUN_TIMEOUT_MS, initScript: IMPORT_PROBE_SCRIPT }, (page) =>
      measureAppImport(page, corpus.url, BIG_RUN_TIMEOUT_MS),
    );
    ctx.log(`${label}: ${Math.round(run.ms)} ms, ${run.importedShards} shards, longest task ${Math.round(run.longestTaskMs)} ms`);
    app.push(run.ms);
    longest.push(run.longestTaskMs);

    const baselineLabel = `import.100k.baseline run ${i}/${runs}`;
    const naive = await ctx.withFreshPage({ label: baselineLabel, timeoutMs: BIG_RUN_TIMEOUT_MS }, (page) =>
      measureNaiveImport(page, corpus.url, BIG_RUN_TIMEOUT_MS),
    );
    ctx.log(`${baselineLabel}: ${Math.round(naive.ms)} ms, ${naive.papers} papers`);
    baseline.push(naive.ms);
  }
  return { 'import.100k.ms': app, 'import.100k.longest_main_task_ms': longest, 'import.100k.baseline_ms': baseline };
}
