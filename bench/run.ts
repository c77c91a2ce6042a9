import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { missingChromiumMessage } from '../scripts/check-chromium.ts';
import { createBenchContext } from './lib/bench-context.ts';
import { BenchUsageError, parseBenchArgs, USAGE } from './lib/bench-args.ts';
import { describeCommit } from './lib/build-commit.ts';
import { snapshotBuild } from './lib/build-snapshot.ts';
import { cleanupAll, cleanupOnSignals } from './lib/cleanup.ts';
import { loadMetricModules } from './lib/load-modules.ts';
import { log } from './lib/log.ts';
import type { MetricModule, MetricSamples } from './lib/metric-module.ts';
import { describeMachine } from './lib/machine.ts';
import { resultsJsonPath, resultsMdPath } from './lib/paths.ts';
import { mergeResults, readResults, writeResults, type ResultsFile } from './lib/results-file.ts';
import { renderResultsMarkdown, renderSummaryLine } from './lib/results-report.ts';
import { summarize } from './lib/stats.ts';

/**
 * `npm run bench`: builds nothing (the npm script builds first), runs the metric modules
 * in bench/metrics/ against `vite preview` servers, and merges the medians into
 * bench/results.json and bench/RESULTS.md. Progress on stderr. See bench/README.md.
 */
async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const chromiumMissing = missingChromiumMessage();
  if (chromiumMissing) {
    process.stderr.write(chromiumMissing);
    return 1;
  }
  const modules = await loadMetricModules();
  const unknown = args.only.filter((prefix) => !modules.some((module) => module.prefix === prefix));
  if (unknown.length) throw new BenchUsageError(`--only ${unknown.join(',')}: no such module (have: ${modules.map((m) => m.prefix).join(', ')})`);
  const selected = args.only.length ? modules.filter((module) => args.only.includes(module.prefix)) : modules;

  cleanupOnSignals();
  const machine = await describeMachine();
  const loadAtStart = loadavg()[0]!;
  const commit = await describeCommit();
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB, ${machine.chromium}; load average ${loadAtStart.toFixed(1)}`);
  if (loadAtStart > machine.cores) log(`warning: the host is busy (load ${loadAtStart.toFixed(1)} on ${machine.cores} cores): figures will be inflated`);
  const measured: ResultsFile['metrics'] = {};
  let current: MetricModule | undefined;
  const record = (samples: MetricSamples) => {
    for (const [name, value] of Object.entries(samples)) {
      const spec = current?.metrics[name];
      if (!spec) throw new Error(`module ${current?.prefix} reported ${name}, which it does not declare`);
      measured[name] = { ...summarize(value, spec.unit === 'score' ? 3 : 1), unit: spec.unit };
    }
  };
  const ctx = createBenchContext({ runsOverride: args.runs, buildDir: await snapshotBuild(), record });
  let failed = 0;
  try {
    for (const module of selected) {
      log(`module ${module.prefix}: start`);
      current = module;
      try {
        record(await module.run(ctx));
        log(`module ${module.prefix}: done`);
      } catch (error) {
        failed++;
        log(`module ${module.prefix} FAILED: ${(error as Error).stack ?? error}`);
      }
    }
  } finally {
    await ctx.close();
    await cleanupAll();
  }

  if (Object.keys(measured).length === 0) {
    log('nothing measured: results files left as they were');
    return 1;
  }
  const results = mergeResults(await readResults(resultsJsonPath), {
    machine,
    date: new Date().toISOString(),
    commit,
    load: { start: round1(loadAtStart), end: round1(loadavg()[0]!) },
    metrics: measured,
  });
  await writeResults(resultsJsonPath, results);
  await writeFile(resultsMdPath, renderResultsMarkdown(results, modules));
  const specs = Object.assign({}, ...modules.map((module) => module.metrics));
  for (const [name, result] of Object.entries(measured)) log(renderSummaryLine(name, result, specs[name], results));
  log(`wrote ${resultsJsonPath} and ${resultsMdPath}`);
  return failed ? 1 : 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    const usage = error instanceof BenchUsageError;
    process.stderr.write(usage ? `[bench] ${error.message}\n\n${USAGE}` : `[bench] ${(error as Error).stack ?? error}\n`);
    await cleanupAll();
    process.exit(1);
  },
);
