import type { Page } from 'playwright-core';

/**
 * Installed before the app's scripts (addInitScript): records when <html> first gets a
 * final data-import-state, and every long task, both on the page's clock (ms since
 * navigation start). Plain JavaScript source, so no build helpers leak into the page.
 */
export const IMPORT_PROBE_SCRIPT = `(() => {
  if (typeof document === 'undefined' || window.__paperfeedBench) return;
  const probe = { endState: null, endAt: null, firstCardAt: null, longTasks: [], longFrames: [], longTaskError: null };
  window.__paperfeedBench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    probe.longTaskError = String(error);
  }
  // Long Animation Frames (where supported): what ran in each frame over 50 ms, so a long task
  // is attributed to the app's scripts (or to style and layout) without a separate trace.
  try {
    new PerformanceObserver((list) => {
      for (const f of list.getEntries()) probe.longFrames.push({
        start: f.startTime, duration: f.duration, blocking: f.blockingDuration,
        render: f.renderStart ? f.startTime + f.duration - f.renderStart : 0,
        styleLayout: f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0,
        scripts: [...f.scripts].sort((a, b) => b.duration - a.duration).slice(0, 5).map((s) => ({
          duration: s.duration, invoker: s.invoker, fn: s.sourceFunctionName, url: String(s.sourceURL || '').split('/').pop(),
          at: s.sourceCharPosition, forcedLayout: s.forcedStyleAndLayoutDuration,
        })),
      });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  const FINAL = ['done', 'error', 'cancelled'];
  new MutationObserver(() => {
    const state = document.documentElement && document.documentElement.getAttribute('data-import-state');
    if (probe.endState === null && FINAL.includes(state)) {
      probe.endState = state;
      probe.endAt = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-import-state'] });
  // The first paper card painted (an <article> in the page): what a first visitor waits for.
  const cards = new MutationObserver(() => {
    if (probe.firstCardAt === null && document.querySelector('main article')) {
      probe.firstCardAt = performance.now();
      cards.disconnect();
    }
  });
  cards.observe(document, { subtree: true, childList: true });
})();`;

export interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  render: number;
  styleLayout: number;
  scripts: { duration: number; invoker: string; fn: string; url: string; at: number; forcedLayout: number }[];
}

/** The `count` longest recorded frames before `until`, one line each, worst first: where a long task's time went. */
export function describeLongFrames(frames: readonly LongFrame[], until: number, count = 3, tasks: readonly { start: number; duration: number }[] = []): string {
  const r = Math.round;
  const longest = tasks.filter((t) => t.start < until).sort((a, b) => b.duration - a.duration).slice(0, count);
  const taskLine = longest.length ? `longest tasks: ${longest.map((t) => `${r(t.duration)} ms at ${r(t.start)} ms`).join(', ')}\n  ` : '';
  const worst = frames.filter((f) => f.start < until).sort((a, b) => b.duration - a.duration).slice(0, count);
  if (!worst.length) return `${taskLine}no frame over 50 ms`;
  return taskLine + worst
    .map((f) => `frame at ${r(f.start)} ms: ${r(f.duration)} ms (blocking ${r(f.blocking)}, rendering ${r(f.render)}, style+layout ${r(f.styleLayout)}); scripts: ` +
      (f.scripts.map((s) => `${r(s.duration)} ms ${s.invoker} ${s.fn || ''} ${s.url}:${s.at} (forced layout ${r(s.forcedLayout)})`).join('; ') || 'none'))
    .join('\n  ');
}

interface ProbeReading {
  endState: string | null;
  endAt: number | null;
  firstCardAt: number | null;
  longTasks: { start: number; duration: number }[];
  longFrames: LongFrame[];
  longTaskError: string | null;
  importedShards: string | null;
}

export interface AppImportRun {
  /** Navigation start to html[data-import-state=done]. */
  ms: number;
  /** Longest main-thread task between navigation start and import done; 0 if none over 50 ms. */
  longestTaskMs: number;
  importedShards: number;
  /** Navigation start to the first paper card in the page; null if none appeared before import done. */
  firstCardMs: number | null;
  /** The longest animation frames before import done, with their scripts (describeLongFrames). */
  longFrames: string;
}

/** Opens the app on a fresh profile and waits for its start-up import to finish. */
export async function measureAppImport(page: Page, url: string, timeoutMs: number): Promise<AppImportRun> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction('window.__paperfeedBench && window.__paperfeedBench.endState !== null', undefined, {
    timeout: timeoutMs,
    polling: 250,
  });
  const reading = (await page.evaluate(
    `({ ...window.__paperfeedBench, importedShards: document.documentElement.getAttribute('data-imported-shards') })`,
  )) as ProbeReading;
  if (reading.endState !== 'done' || reading.endAt === null) {
    const message = await page.locator('[role=alert]').first().textContent({ timeout: 1_000 }).catch(() => null);
    throw new Error(`the import ended in state '${reading.endState}'${message ? `: ${message}` : ''}`);
  }
  if (reading.longTaskError) throw new Error(`long tasks cannot be observed: ${reading.longTaskError}`);
  const importedShards = Number(reading.importedShards);
  if (!(importedShards > 0)) throw new Error(`a fresh profile imported ${reading.importedShards} shards`);
  const endAt = reading.endAt;
  const longestTaskMs = Math.max(0, ...reading.longTasks.filter((task) => task.start < endAt).map((task) => task.duration));
  return { ms: endAt, longestTaskMs, importedShards, firstCardMs: reading.firstCardAt, longFrames: describeLongFrames(reading.longFrames, endAt, 3, reading.longTasks) };
}
