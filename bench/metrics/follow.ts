import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startMainThreadProfile } from '../lib/main-thread-profile.ts';
import type { MetricModule } from '../lib/metric-module.ts';

const RUN_TIMEOUT_MS = 600_000;
const IMPORT_TIMEOUT_MS = 300_000;
const READY_TIMEOUT_MS = 240_000;

/** Installed before the app's scripts: every main-thread long task (over 50 ms), with its start. */
const LONG_TASKS = `(() => {
  if (typeof window === 'undefined' || window.__paperfeedTasks) return;
  const tasks = [];
  window.__paperfeedTasks = tasks;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface FollowSeed {
  kind: 'author' | 'org' | 'search';
  target: string;
}

/**
 * 50 follows over the 100k corpus, as the issue asks (authors, organizations, searches
 * mixed): 20 of the most frequent authors, 15 organizations, 15 saved searches of common
 * title words, read from the corpus files so they match real papers.
 */
async function pickFollows(dir: string): Promise<FollowSeed[]> {
  const authors = new Map<string, number>();
  const orgs = new Map<string, number>();
  const words = new Map<string, number>();
  const shards = (await readdir(dir)).filter((n) => /^\d{4}-\d{2}\.json$/.test(n)).sort().slice(-3);
  for (const name of shards) {
    const { papers } = JSON.parse(await readFile(join(dir, name), 'utf8')) as { papers: { authors: string[]; organization?: { name: string }; title: string }[] };
    for (const p of papers) {
      for (const a of p.authors) authors.set(a, (authors.get(a) ?? 0) + 1);
      if (p.organization) orgs.set(p.organization.name, (orgs.get(p.organization.name) ?? 0) + 1);
      for (const w of p.title.toLowerCase().match(/[a-z]{6,}/g) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
    }
  }
  const top = (m: Map<string, number>, n: number, skip = 0) => [...m].sort((a, b) => b[1] - a[1]).slice(skip, skip + n).map(([k]) => k);
  return [
    ...top(authors, 20).map((target) => ({ kind: 'author' as const, target })),
    ...top(orgs, 15).map((target) => ({ kind: 'org' as const, target })),
    // Words ranked 10th to 24th: common enough to match thousands of papers, not every paper.
    ...top(words, 15, 10).map((w) => ({ kind: 'search' as const, target: new URLSearchParams({ q: w }).toString() })),
  ];
}

/** Follow counts at 100k papers: how soon counts for 50 follows follow a change, and the page's longest task meanwhile. */
const followModule: MetricModule = {
  prefix: 'follow',
  title: 'Follow counts (100k papers stored, 50 follows)',
  metrics: {
    'follow.100k.counts_ms': {
      unit: 'ms',
      description:
        'page clock from a click on a paper\'s "Read" toggle (a change) until the page holds new unread counts for all 50 follows (20 authors, 15 organizations, 15 saved searches): the Dexie write, the follow worker noticing it, re-counting, and the message back.',
      target: { below: 100 },
      baseline: 'follow.100k.baseline_counts_ms',
    },
    'follow.100k.baseline_counts_ms': {
      unit: 'ms',
      description: 'the naive design, same page and data: read every day row (raw IndexedDB getAll) and the read marks on the main thread and count the 50 follows there, once.',
    },
    'follow.100k.longest_main_task_ms': {
      unit: 'ms',
      description: 'longest main-thread long task (PerformanceObserver) from the page load with 50 follows stored, through the follow worker\'s cold start over 100k papers and every measured change. 0 means none over 50 ms.',
      target: { below: 50 },
    },
    'follow.100k.first_counts_ms': {
      unit: 'ms',
      description: 'page clock from navigation until the first counts for all 50 follows show (over the newest days read so far; the rest are added as the worker reads on).',
    },
    'follow.100k.cold_ready_ms': {
      unit: 'ms',
      description: 'page clock from navigation until the follow worker has matched every stored paper against the 50 follows (first counts marked ready).',
    },
  },
  async run(ctx) {
    const corpus = await ctx.corpus('100k');
    if (!corpus) return {};
    const follows = await pickFollows(corpus.dir);
    const changes = ctx.runs(5);
    return ctx.withFreshPage({ label: 'follow: import, 50 follows, changes', timeoutMs: RUN_TIMEOUT_MS, initScript: LONG_TASKS }, async (page) => {
      await page.goto(corpus.url);
      await page.waitForSelector('html[data-import-state=done]', { timeout: IMPORT_TIMEOUT_MS, state: 'attached' });
      await storeFollows(page, follows);
      ctx.log('follow: imported, 50 follows stored; reloading');
      const stopProfile = process.env.PAPERFEED_BENCH_PROFILE === '1' ? await startMainThreadProfile(page) : undefined;
      await page.goto(corpus.url);
      await page.waitForSelector('main article', { timeout: 60_000 });
      const loadedAt = (await page.evaluate('performance.now()')) as number;
      const firstCounts = await waitForCounts(page, 0, false, follows.length, READY_TIMEOUT_MS);
      ctx.log(`follow: first counts (newest days) at ${Math.round(firstCounts)} ms`);
      const coldReady = await waitForCounts(page, 0, true, follows.length, READY_TIMEOUT_MS);
      ctx.log(`follow: worker ready at ${Math.round(coldReady)} ms`);
      const counts: number[] = [];
      for (let i = 0; i < changes; i++) {
        counts.push(await changeAndTime(page, i, follows.length, (m) => ctx.log(m)));
        ctx.log(`follow change ${i + 1}/${changes}: counts after ${Math.round(counts.at(-1)!)} ms`);
      }
      const longest = (await page.evaluate(`Math.max(0, ...window.__paperfeedTasks.filter((t) => t.start >= ${loadedAt}).map((t) => t.duration))`)) as number;
      const tasks = (await page.evaluate(`window.__paperfeedTasks.filter((t) => t.start >= ${loadedAt}).map((t) => Math.round(t.start) + '+' + Math.round(t.duration)).join(' ')`)) as string;
      ctx.log(`follow: long tasks after load (start+duration ms): ${tasks || 'none'}`);
      if (stopProfile) for (const line of await stopProfile()) ctx.log(`follow profile: ${line}`);
      const baseline = await naiveCounts(page, follows);
      ctx.log(`follow: longest main-thread task ${Math.round(longest)} ms; naive main-thread count ${Math.round(baseline)} ms`);
      return { 'follow.100k.counts_ms': counts, 'follow.100k.baseline_counts_ms': baseline, 'follow.100k.longest_main_task_ms': longest, 'follow.100k.cold_ready_ms': coldReady, 'follow.100k.first_counts_ms': firstCounts };
    });
  },
};

export default followModule;

/** Writes the follows with raw IndexedDB (the app's own tables, version as the app opened them). */
async function storeFollows(page: Page, follows: FollowSeed[]): Promise<void> {
  await page.evaluate(async (seeds) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('paperfeed');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('follows', 'readwrite');
      seeds.forEach((f, i) => tx.objectStore('follows').put({ id: `${f.kind}:${f.target}`, kind: f.kind, target: f.target, label: f.target, createdAt: i }));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, follows);
}

/**
 * Resolves with the page-clock time of the first `follow:counts` mark after `after` (and
 * ready, counting every follow, if asked). Waits in the page on a PerformanceObserver, not
 * by polling: Playwright's polling predicate runs on the page's main thread every few ms,
 * and on a loaded host those runs were the longest main-thread tasks this bench measured
 * (232 ms, CPU profile). A string, not a function: see NAIVE_COUNTS.
 */
const WAIT_FOR_COUNTS = `([after, ready, follows, timeout]) => new Promise((resolve, reject) => {
  const match = (m) => m.startTime > after && m.detail && m.detail.follows >= follows && (ready ? m.detail.ready : m.detail.papers > 0);
  const found = performance.getEntriesByName('follow:counts').find(match);
  if (found) return resolve(found.startTime);
  const observer = new PerformanceObserver((list) => {
    const hit = list.getEntriesByName('follow:counts').find(match);
    if (!hit) return;
    clearTimeout(timer);
    observer.disconnect();
    resolve(hit.startTime);
  });
  const timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error('no follow counts within ' + timeout + ' ms'));
  }, timeout);
  observer.observe({ type: 'mark' });
})`;

async function waitForCounts(page: Page, after: number, ready: boolean, follows: number, timeout: number): Promise<number> {
  return (await page.evaluate(`(${WAIT_FOR_COUNTS})(${JSON.stringify([after, ready, follows, timeout])})`)) as number;
}

/** Clicks the `i`-th paper's Read toggle on the day view and times the counts that follow. */
async function changeAndTime(page: Page, i: number, follows: number, log: (message: string) => void): Promise<number> {
  const before = (await page.evaluate(`performance.getEntriesByName('follow:counts').length`)) as number;
  const started = (await page.evaluate((index) => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('main article button[aria-pressed]')].filter((b) => b.textContent?.includes('Read'));
    const button = buttons[index % buttons.length];
    if (!button) throw new Error('no Read toggle on the page');
    const t = performance.now();
    button.click();
    return t;
  }, i)) as number;
  try {
    // Generous: on a loaded host the search worker's cold index build competes for both cores.
    return (await waitForCounts(page, started, true, follows, 120_000)) - started;
  } catch (error) {
    const after = (await page.evaluate(`performance.getEntriesByName('follow:counts').length`)) as number;
    log(`follow: no counts after the change (marks before ${before}, after ${after})`);
    throw error;
  }
}

/**
 * The baseline: everything read and counted on the main thread. A string, not a function:
 * tsx would wrap a function's inner helpers in its own `__name`, which the page lacks.
 */
const NAIVE_COUNTS = `async (seeds) => {
  const started = performance.now();
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('paperfeed');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const all = (store, keys) => new Promise((resolve, reject) => {
    const s = db.transaction(store).objectStore(store);
    const req = keys ? s.getAllKeys() : s.getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const rows = await all('days', false);
  const read = new Set(await all('reads', true));
  const papers = rows.flatMap((r) => JSON.parse(r.json));
  const counts = seeds.map((f) => {
    const q = f.kind === 'search' ? new URLSearchParams(f.target).get('q') : '';
    return papers.filter((p) => !read.has(p.id) && (f.kind === 'author' ? p.authors.includes(f.target) : f.kind === 'org' ? p.organization?.name === f.target : (p.title + ' ' + p.abstract).toLowerCase().includes(q))).length;
  });
  db.close();
  return counts.length ? performance.now() - started : 0;
}`;

async function naiveCounts(page: Page, follows: FollowSeed[]): Promise<number> {
  return (await page.evaluate(`(${NAIVE_COUNTS})(${JSON.stringify(follows)})`)) as number;
}
