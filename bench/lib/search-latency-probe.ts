import type { Page } from 'playwright-core';
import { BASELINE_FUSE_OPTIONS } from './search-quality-eval.ts';

/**
 * In-page measurement of search as people feel it. The app marks `search:input` (box
 * changed, with its text) and `search:painted` (results for a text on screen, after the
 * next frame). A keystroke's latency runs from its input mark to the first painted mark
 * for its own text or a later one (a newer text may overtake it; the person then sees
 * that). A setTimeout(0) heartbeat finds the longest the main thread was busy.
 */
export const SEARCH_PROBE_SCRIPT = `(() => {
  if (typeof document === 'undefined' || window.__searchProbe) return;
  const probe = { beating: false, maxGap: 0, longTasks: [] };
  window.__searchProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (probe.beating) probe.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  } catch {}
  probe.start = () => {
    probe.beating = true;
    probe.maxGap = 0;
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      probe.maxGap = Math.max(probe.maxGap, now - last);
      last = now;
      if (probe.beating) setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
  };
  probe.stop = () => { probe.beating = false; return { maxGap: probe.maxGap, longTasks: probe.longTasks }; };
})();`;

export interface IndexReady {
  state: string;
  papers: number;
  source: 'stored' | 'built';
  readyMs: number;
  bytes: number;
}

/** Waits for the search worker's `search:index-ready` mark and returns its detail. */
export async function waitForIndexReady(page: Page, minPapers: number, timeoutMs: number): Promise<IndexReady> {
  const handle = await page.waitForFunction(
    (min) => {
      const marks = performance.getEntriesByName('search:index-ready') as PerformanceMark[];
      const last = marks.at(-1)?.detail as { papers: number } | undefined;
      return last && last.papers >= min ? last : undefined;
    },
    minPapers,
    { timeout: timeoutMs, polling: 100 },
  );
  return (await handle.jsonValue()) as IndexReady;
}

/** Types each query key by key (clearing the box first), returning per-keystroke latencies. */
export interface TypedQueries {
  latencies: number[];
  longestTaskMs: number;
  /** The slowest keystrokes, slowest first, with the text typed and the key's position in its query (1 = its first key): where to look. */
  slowest: { text: string; ms: number; keyInQuery: number; workerMs?: number }[];
}

export async function typeQueries(page: Page, queries: readonly string[], keyDelayMs: number): Promise<TypedQueries> {
  const box = page.getByRole('searchbox', { name: 'Search papers' });
  await box.click();
  await page.evaluate(() => performance.clearMarks());
  await page.evaluate(() => (window as unknown as { __searchProbe: { start(): void } }).__searchProbe.start());
  for (const query of queries) {
    await box.fill('');
    // Each key waits for the page to take it: on a throttled, busy page a long query takes
    // longer than Playwright's default 30 s action timeout (the run has its own time limit).
    await box.pressSequentially(query, { delay: keyDelayMs, timeout: 10 * 60_000 });
    await page.waitForFunction((text) => {
      const painted = performance.getEntriesByName('search:painted') as PerformanceMark[];
      return painted.some((m) => (m.detail as { text: string }).text === text);
    }, query);
  }
  const { maxGap } = await page.evaluate(() => (window as unknown as { __searchProbe: { stop(): { maxGap: number } } }).__searchProbe.stop());
  const timed = await page.evaluate(() => {
    const inputs = (performance.getEntriesByName('search:input') as PerformanceMark[]).map((m) => ({ t: m.startTime, text: (m.detail as { text: string }).text }));
    const painted = (performance.getEntriesByName('search:painted') as PerformanceMark[]).map((m) => ({ t: m.startTime, ...(m.detail as { text: string; workerMs?: number }) }));
    const out: { ms: number; text: string; keyInQuery: number; workerMs?: number }[] = [];
    let keyInQuery = 0;
    inputs.forEach((input, i) => {
      if (!input.text.trim()) {
        keyInQuery = 0;
        return;
      }
      keyInQuery++;
      // Texts typed from this keystroke until the next clear: any of them answers it.
      const later = new Set<string>();
      for (let j = i; j < inputs.length && inputs[j]!.text.trim(); j++) later.add(inputs[j]!.text);
      const answer = painted.find((p) => p.t >= input.t && later.has(p.text));
      if (answer) out.push({ ms: answer.t - input.t, text: input.text, keyInQuery, workerMs: answer.workerMs });
    });
    return out;
  });
  const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 5);
  return { latencies: timed.map((t) => t.ms), longestTaskMs: maxGap, slowest };
}

/** "312 ms at key 1 (“a”, 20 ms in the worker); …": the slowest keystrokes for the log. */
export function describeSlowest(slowest: TypedQueries['slowest']): string {
  return slowest.map((s) => `${Math.round(s.ms)} ms at key ${s.keyInQuery} (“${s.text}”${s.workerMs === undefined ? '' : `, ${Math.round(s.workerMs)} ms in the worker`})`).join('; ');
}

/** Plain Fuse.js over every stored paper, in the page, timing `queries` one by one. */
export async function timeBaselineFuse(page: Page, fuseSource: string, queries: readonly string[]): Promise<number[]> {
  return page.evaluate(
    async ({ source, queries, options }) => {
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const Fuse = (await import(/* @vite-ignore */ url)).default;
      const papers: unknown[] = await new Promise((resolve, reject) => {
        const open = indexedDB.open('paperfeed');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('days').objectStore('days').getAll();
          // Day rows hold `papers`, or `json` where the day-row codec stores them as one string.
          type Row = { papers?: unknown[]; json?: string };
          request.onsuccess = () => resolve((request.result as Row[]).flatMap((row) => row.papers ?? (JSON.parse(row.json ?? '[]') as unknown[])));
          request.onerror = () => reject(request.error);
        };
      });
      const fuse = new Fuse(papers, options);
      const times: number[] = [];
      for (const query of queries) {
        const started = performance.now();
        fuse.search(query, { limit: 20 });
        times.push(performance.now() - started);
      }
      return times;
    },
    // The same keys and weights as the quality baseline: one definition of "plain Fuse".
    { source: fuseSource, queries, options: BASELINE_FUSE_OPTIONS },
  );
}

/** Deletes the persisted search index, so the next load builds it from the day rows. */
export async function dropStoredIndex(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paperfeed');
        open.onsuccess = () => {
          const tx = open.result.transaction('searchIndex', 'readwrite');
          tx.objectStore('searchIndex').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/**
 * Waits until the search worker has stored an index of at least `minPapers` papers and its
 * abstract pages (the app marks `search:index-stored` with the count), so the next start
 * restores both. Not an IndexedDB poll: the pages share the index's table and are written
 * after it. The count matters on the page that imported: its worker stored the empty index
 * of its first moment too, and leaving on that mark dropped the real store in progress (the
 * next page rebuilt the index for ~11 s and stored it again, blocking its worker ~4 s: the
 * slow module's 1x search read p95 0.5-1.7 s from that wait, 2026-12-02).
 */
export async function waitForStoredIndex(page: Page, minPapers: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (min) => (performance.getEntriesByName('search:index-stored') as PerformanceMark[]).some((mark) => ((mark.detail as { papers?: number } | null)?.papers ?? 0) >= min),
    minPapers,
    { timeout: timeoutMs, polling: 250 },
  );
}
