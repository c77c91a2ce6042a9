import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { MetricModule, MetricSamples } from './metric-module.ts';
import { SEARCH_PROBE_SCRIPT } from './search-latency-probe.ts';
import { heaviestTasks, longTasks, startTrace } from './main-thread-trace.ts';

const RUN_TIMEOUT_MS = 1_500_000;
const IMPORT_TIMEOUT_MS = 600_000;
const PAPERS = 100_000;
/** Bookmarks before timing: the model needs 3 positives to exist at all. */
const WARM_BOOKMARKS = 3;
const TIMED_BOOKMARKS = 5;
const SIMILAR_PAPERS = 50;

interface Status {
  version: number;
  positives: number;
  trainMs: number;
  readyMs: number;
  bytes: number;
  source: string;
  papers: number;
}

async function readStatus(page: Page): Promise<Status> {
  return page.evaluate(() => {
    const d = document.documentElement.dataset;
    return {
      version: Number(d.recommendVersion ?? 0),
      positives: Number(d.recommendPositives ?? 0),
      trainMs: Number(d.recommendTrainMs ?? Number.NaN),
      readyMs: Number(d.recommendReadyMs ?? Number.NaN),
      bytes: Number(d.recommendBytes ?? 0),
      source: d.recommendSource ?? '',
      papers: Number(d.recommendPapers ?? 0),
    };
  });
}

async function waitForRecommendReady(page: Page, source?: string): Promise<Status> {
  await page.waitForFunction(
    (want) => document.documentElement.dataset.recommendState === 'ready' && (!want || document.documentElement.dataset.recommendSource === want),
    source,
    { timeout: IMPORT_TIMEOUT_MS, polling: 100 },
  );
  return readStatus(page);
}

/** Ids of `count` papers spread over the generated corpus's shards, read from its files. */
async function samplePaperIds(dir: string, count: number): Promise<string[]> {
  const shards = (await readdir(dir)).filter((f) => /^\d{4}-\d{2}\.json$/.test(f)).sort();
  const ids: string[] = [];
  for (const shard of shards) {
    const json = JSON.parse(await readFile(join(dir, shard), 'utf8')) as { papers?: { id: string }[] } | { id: string }[];
    const papers = Array.isArray(json) ? json : (json.papers ?? []);
    const step = Math.max(1, Math.floor(papers.length / Math.ceil(count / shards.length)));
    for (let i = 0; i < papers.length && ids.length < count; i += step) ids.push(papers[i]!.id);
  }
  return ids.slice(0, count);
}

async function stopProbe(page: Page): Promise<{ maxGap: number; longTasks: number[] }> {
  const result = await page.evaluate(() => (window as unknown as { __searchProbe: { stop(): { maxGap: number; longTasks: number[] } } }).__searchProbe.stop());
  const copy = { maxGap: result.maxGap, longTasks: [...result.longTasks] };
  await page.evaluate(() => ((window as unknown as { __searchProbe: { longTasks: number[] } }).__searchProbe.longTasks.length = 0));
  return copy;
}

const fmt = (tasks: number[]) => (tasks.length ? tasks.map((ms) => ms.toFixed(0)).join(', ') + ' ms' : 'none');

/** Client-side navigation (what a click on a link does), without a reload. */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

const recommendSpeed: MetricModule = {
  prefix: 'recommend',
  title: 'Recommendations at 100k papers (Chromium)',
  metrics: {
    'recommend.100k.train_score_ms': {
      unit: 'ms',
      description: `in the worker, after one more bookmark (a press of "Bookmark" on a card; ${TIMED_BOOKMARKS} presses after ${WARM_BOOKMARKS}): every interest retrained (Pegasos, 1,000 sampled negatives) and all 100k papers re-scored for "all".`,
      target: { below: 500 },
    },
    'recommend.100k.similar_p95_ms': {
      unit: 'ms',
      description: `in the worker, "Similar papers" (cosine of one paper against all 100k, top 10, with reasons) for ${SIMILAR_PAPERS} papers opened one after another: 95th percentile. The round trip to the painted list is in the log.`,
      target: { below: 50 },
    },
    'recommend.100k.longest_main_task_ms': {
      unit: 'ms',
      description: 'longest gap of a setTimeout(0) heartbeat on the page while bookmarking (retraining) and while opening the 50 paper pages above (which includes the paper page itself: each phase is in the log).',
      target: { below: 50 },
    },
    'recommend.100k.features_mb': {
      unit: 'MB',
      description: "the feature matrix's typed arrays and strings (ids, days, vocabulary at two bytes a character), 100k papers.",
      target: { below: 100 },
    },
    'recommend.100k.build_ms': { unit: 'ms', description: 'cold start: worker start until features built from the 100k day rows (read, tokenise, choose vocabulary, weigh) and stored.' },
    'recommend.100k.restore_ms': {
      unit: 'ms',
      description: 'warm start: page reloaded with the stored features; worker start until they are restored and usable.',
      target: { below: 1_000 },
      baseline: 'recommend.100k.build_ms',
    },
  },
  async run(ctx): Promise<MetricSamples> {
    const corpus = await ctx.corpus('100k');
    if (!corpus) return {};
    const similarIds = await samplePaperIds(corpus.dir, SIMILAR_PAPERS);
    return ctx.withFreshPage({ label: 'recommend.100k', timeoutMs: RUN_TIMEOUT_MS, initScript: SEARCH_PROBE_SCRIPT }, async (page) => {
      await page.goto(corpus.url);
      await page.locator('html[data-import-state="done"]').waitFor({ state: 'attached', timeout: IMPORT_TIMEOUT_MS });
      ctx.log('recommend.100k: corpus imported');
      await navigate(page, '/for-you?all=1');
      const built = await waitForRecommendReady(page);
      if (built.source !== 'built') throw new Error(`expected a cold build, got "${built.source}"`);
      if (built.papers < PAPERS) throw new Error(`features hold ${built.papers} papers, expected ${PAPERS}`);
      ctx.log(`recommend.100k: features built in ${built.readyMs} ms, ${(built.bytes / 2 ** 20).toFixed(1)} MB`);

      await navigate(page, '/');
      const bookmarks = page.getByRole('main').getByRole('article').getByRole('button', { name: 'Bookmark' });
      await bookmarks.first().waitFor();
      await page.evaluate(() => (window as unknown as { __searchProbe: { start(): void } }).__searchProbe.start());
      for (let i = 0; i < WARM_BOOKMARKS; i++) await bookmarks.nth(i).click();
      await page.waitForFunction((n) => Number(document.documentElement.dataset.recommendPositives) === n, WARM_BOOKMARKS, { timeout: 60_000 });
      const trainSamples: number[] = [];
      for (let i = WARM_BOOKMARKS; i < WARM_BOOKMARKS + TIMED_BOOKMARKS; i++) {
        await bookmarks.nth(i).click();
        await page.waitForFunction((n) => Number(document.documentElement.dataset.recommendPositives) === n, i + 1, { timeout: 60_000 });
        trainSamples.push((await readStatus(page)).trainMs);
      }
      const trainingGap = await stopProbe(page);
      ctx.log(`recommend.100k: retrain + re-score ${trainSamples.map((ms) => ms.toFixed(0)).join(', ')} ms; main thread meanwhile: longest gap ${trainingGap.maxGap.toFixed(1)} ms, long tasks ${fmt(trainingGap.longTasks)}`);
      await page.evaluate(() => (window as unknown as { __searchProbe: { start(): void } }).__searchProbe.start());
      // PAPERFEED_BENCH_TRACE_DIR=<dir>: a Performance trace of the paper pages, and what each long task did.
      const traceDir = process.env.PAPERFEED_BENCH_TRACE_DIR;
      const trace = traceDir ? await startTrace(page) : undefined;

      const inWorker: number[] = [];
      const roundTrip: number[] = [];
      for (const id of similarIds) {
        const started = await page.evaluate(() => performance.now());
        await navigate(page, `/papers/${encodeURIComponent(id)}`);
        const section = page.locator(`section[data-for="${id}"]`);
        await section.waitFor({ timeout: 60_000 });
        roundTrip.push((await page.evaluate(() => performance.now())) - started);
        inWorker.push(Number(await section.getAttribute('data-took-ms')));
      }
      const similarGap = await stopProbe(page);
      if (trace && traceDir) {
        const file = join(traceDir, 'recommend-paper-pages.trace.json');
        const events = await trace.stop(file);
        const tasks = longTasks(events, 30);
        await writeFile(join(traceDir, 'recommend-paper-pages.long-tasks.json'), JSON.stringify(tasks, null, 1));
        ctx.log(`recommend.100k: traced (figures of this run are slowed by tracing): ${file}; ${tasks.length} tasks over 30 ms: ${tasks.map((t) => t.durationMs.toFixed(0)).join(', ')} ms`);
        // CPU time: what the page's own work costs, whatever the host's load.
        const heavy = heaviestTasks(events, 10);
        ctx.log(`recommend.100k: paper pages' heaviest main-thread tasks by CPU time: ${heavy.map((t) => `${t.cpuMs} ms (wall ${t.durationMs})`).join(', ')}`);
      }
      const maxGap = Math.max(trainingGap.maxGap, similarGap.maxGap);
      ctx.log(`recommend.100k: opening ${SIMILAR_PAPERS} paper pages (the page's own work included): longest gap ${similarGap.maxGap.toFixed(1)} ms, long tasks ${fmt(similarGap.longTasks)}`);
      const p95 = (list: number[]) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(0.95 * list.length))]!;
      ctx.log(`recommend.100k: similar in the worker p95 ${p95(inWorker).toFixed(1)} ms; navigation to painted list p95 ${p95(roundTrip).toFixed(0)} ms (polled); longest main-thread gap ${maxGap.toFixed(1)} ms`);

      await page.goto(`${corpus.url}for-you?all=1`);
      const restored = await waitForRecommendReady(page);
      ctx.log(`recommend.100k: warm start ${restored.readyMs} ms (${restored.source})`);
      const out: MetricSamples = {
        'recommend.100k.train_score_ms': trainSamples,
        'recommend.100k.similar_p95_ms': p95(inWorker),
        'recommend.100k.longest_main_task_ms': maxGap,
        'recommend.100k.features_mb': built.bytes / 2 ** 20,
        'recommend.100k.build_ms': built.readyMs,
      };
      if (restored.source === 'stored') out['recommend.100k.restore_ms'] = restored.readyMs;
      else ctx.log('recommend.100k: the warm start rebuilt instead of restoring; restore_ms not reported');
      return out;
    });
  },
};

export default recommendSpeed;
