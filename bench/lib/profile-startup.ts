/**
 * The day view's warm start on a slow device, build against build in the same run (issue #18):
 * `node --import tsx bench/lib/profile-startup.ts BUILD_DIR [BUILD_DIR ...]`.
 *
 * Each build gets its own Chromium (fresh on-disk profile) on its own origin with the 100k
 * corpus imported and the search index stored, as `--only slow` leaves it. Then the day view
 * of the newest day is opened `PROFILE_VISITS` times (default 5) per build, the builds taking
 * turns visit by visit so both meet the same host load, at 4x CPU throttle (`PROFILE_CPU_RATE`)
 * and unthrottled; the medians of "first card painted" are printed per build.
 *
 * `PROFILE_TRACE=1` also records one more throttled visit per build as a Chromium trace and
 * prints the main thread's timeline from navigation start: every task over 2 ms with the trace
 * events inside it (HTML parse, script compile and evaluation by file, function calls, style,
 * layout, paint), the page's `paperfeed:*` marks, and where the first card painted. Traced
 * figures are slowed by the tracing: read them as a breakdown, not as results. With
 * `PROFILE_TRACE_DIR`, each build's trace is written there (`startup-<n>.json`, DevTools opens it).
 * `PROFILE_SETTLE_MS` (default 600,000) bounds each visit's settling.
 * Needs bench/.data/corpus-100k (made by `npm run bench -- --only slow`).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startPreview, type PreviewServer } from './preview-server.ts';
import { withFreshPage } from './fresh-page.ts';
import { cleanupAll } from './cleanup.ts';
import { repoRoot } from './paths.ts';
import { throttleCpu, type CpuThrottle } from './cpu-throttle.ts';
import { FIRST_CARD_PROBE, firstCard, newestStoredDay } from './view-probe.ts';
import { SEARCH_PROBE_SCRIPT, waitForIndexReady, waitForStoredIndex } from './search-latency-probe.ts';
import { startTrace, type TraceEvent } from './main-thread-trace.ts';
import { summarize } from './stats.ts';

const builds = process.argv.slice(2);
if (builds.length === 0) throw new Error('usage: profile-startup.ts BUILD_DIR [BUILD_DIR ...]');
const visits = Number(process.env.PROFILE_VISITS ?? 5);
const rate = Number(process.env.PROFILE_CPU_RATE ?? 4);
const corpusDir = join(repoRoot, 'bench/.data/corpus-100k');
/** How long a visit may take to settle (the start's shard check, the index restored): minutes at a load of 30 on 2 cores. */
const settleMs = Number(process.env.PROFILE_SETTLE_MS ?? 600_000);
/** Every layout shift of the document with the nodes that moved (selector-ish), for the CLS sources. */
const SHIFT_PROBE = `(() => {
  if (typeof document === 'undefined' || window.__shifts) return;
  window.__shifts = [];
  const name = (n) => !n ? '?' : n.nodeType !== 1 ? n.nodeName : n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\\s+/).join('.') : '');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shifts.push({ at: Math.round(e.startTime), value: Math.round(e.value * 10000) / 10000,
        sources: (e.sources || []).map((s) => name(s.node) + ' y ' + Math.round(s.previousRect.y) + '->' + Math.round(s.currentRect.y) + ' h ' + Math.round(s.previousRect.height) + '->' + Math.round(s.currentRect.height)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'navigation'];

interface Ready {
  build: string;
  page: Page;
  throttle: CpuThrottle;
  dayUrl: string;
  samples: Record<string, number[]>;
}

const servers: PreviewServer[] = [];
try {
  const ready: Ready[] = [];
  // Each build's page stays open while the others are prepared: nested fresh pages.
  const prepare = async (index: number): Promise<void> => {
    if (index === builds.length) return measureAll(ready);
    const build = builds[index]!;
    const server = await startPreview(corpusDir, build);
    servers.push(server);
    await withFreshPage({ label: `startup ${build}`, timeoutMs: 3_600_000, initScript: [FIRST_CARD_PROBE, SEARCH_PROBE_SCRIPT, SHIFT_PROBE].join('\n') }, async (page) => {
      const throttle = await throttleCpu(page);
      await page.goto(server.url);
      await page.waitForSelector('html[data-import-state=done]', { timeout: 1_200_000, state: 'attached' });
      await waitForIndexReady(page, 100_000, 1_200_000);
      await waitForStoredIndex(page, 100_000, 1_200_000);
      const day = await newestStoredDay(page);
      console.error(`${build}: imported, index stored, newest day ${day}`);
      ready.push({ build, page, throttle, dayUrl: new URL(`papers/date/${day}`, server.url).href, samples: {} });
      await prepare(index + 1);
    });
  };
  await prepare(0);
} finally {
  for (const server of servers) await server.close();
  await cleanupAll();
}

async function measureAll(ready: Ready[]): Promise<void> {
  for (let i = 0; i < visits; i++) {
    for (const r of [rate, 1]) {
      for (const b of ready) {
        await b.throttle.set(r);
        const ms = await firstCard(b.page, b.dayUrl);
        (b.samples[`${r}x`] ??= []).push(ms);
        // Shifts come after the first card too (late banners, the rest of the list), and the
        // page's own start-up work (the corpus sync's check, the search index restored in its
        // worker) goes on after it: wait for both, so it does not land in the other build's visit.
        await b.page.locator('html[data-import-state=done]').waitFor({ state: 'attached', timeout: settleMs });
        await waitForIndexReady(b.page, 100_000, settleMs);
        await b.page.waitForTimeout(500);
        const shifts = (await b.page.evaluate('JSON.stringify(window.__shifts)')) as string;
        console.error(`visit ${i + 1} ${r}x ${b.build}: first card ${Math.round(ms)} ms; shifts ${shifts}`);
      }
    }
  }
  for (const b of ready) {
    const line = Object.entries(b.samples).map(([k, v]) => `${k} median ${Math.round(summarize(v).median)} ms [${v.map(Math.round).join(', ')}]`);
    console.log(`${b.build}: day first card ${line.join('; ')}`);
  }
  const traces = Number(process.env.PROFILE_TRACE ?? 0);
  const cpu = new Map<Ready, number[]>();
  for (let i = 0; i < traces; i++) {
    for (const b of ready) {
      await b.throttle.set(rate);
      const trace = await startTrace(b.page, TRACE_CATEGORIES);
      const ms = await firstCard(b.page, b.dayUrl);
      // The first card's frame, and a little after it, so the frame's paint is in the trace.
      await b.page.waitForTimeout(300);
      const dir = process.env.PROFILE_TRACE_DIR;
      const events = await trace.stop(dir ? join(dir, `startup-${ready.indexOf(b)}-${i}.json`) : undefined);
      await b.throttle.set(1);
      const lines = timeline(events, ms);
      cpu.set(b, [...(cpu.get(b) ?? []), Number(/cpu (\d+) ms/.exec(lines.at(-1)!)?.[1] ?? NaN)]);
      console.log(`\n=== ${b.build}: traced visit ${i + 1} at ${rate}x, first card ${Math.round(ms)} ms ===`);
      console.log(lines.join('\n'));
      await b.page.locator('html[data-import-state=done]').waitFor({ state: 'attached', timeout: settleMs });
      await waitForIndexReady(b.page, 100_000, settleMs);
    }
  }
  for (const [b, list] of cpu) console.log(`${b.build}: main-thread CPU of the new document's tasks until the first card, ${rate}x: median ${summarize(list).median} ms [${list.join(', ')}]`);
}

/** Main-thread tasks over 2 ms from the last navigation start, with what ran inside each. */
function timeline(events: TraceEvent[], firstCardMs: number): string[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => mains.has(`${e.pid}:${e.tid}`);
  const nav = events.filter((e) => e.name === 'navigationStart' && onMain(e)).sort((a, b) => a.ts - b.ts).at(-1);
  if (!nav) return ['no navigationStart in the trace'];
  const t0 = nav.ts;
  const at = (ts: number) => ((ts - t0) / 1000).toFixed(0).padStart(6);
  const out: string[] = [];
  const marks = events.filter((e) => onMain(e) && e.ts >= t0 && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b') && /^(paperfeed:|web-vitals:|firstContentfulPaint|firstPaint|largestContentfulPaint|domInteractive|domContentLoaded)/.test(e.name));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e) && e.ts >= t0 && (e.dur ?? 0) >= 2000).sort((a, b) => a.ts - b.ts);
  let busy = 0;
  let cpu = 0;
  // The new document's work: from the end of the navigation's commit (before it, the old page unloads).
  const commit = events.filter((e) => e.ph === 'X' && e.name === 'RenderFrameImpl::CommitNavigation' && onMain(e) && e.ts >= t0).sort((a, b) => a.ts - b.ts).at(-1);
  const docStart = commit ? commit.ts + (commit.dur ?? 0) : t0;
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'RunTask' && onMain(e) && e.ts >= docStart && e.ts <= t0 + firstCardMs * 1000) cpu += (e.tdur ?? 0) / 1000;
  }
  const rows: [number, string][] = marks.map((m) => [m.ts, `${at(m.ts)} ms  mark ${m.name}`]);
  for (const task of tasks) {
    if ((task.ts - t0) / 1000 > firstCardMs + 50) break;
    busy += task.dur! / 1000;
    const end = task.ts + task.dur!;
    const inside = events.filter((e) => e.ph === 'X' && e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end).sort((a, b) => a.ts - b.ts);
    const parts = new Map<string, number>();
    let coveredUntil = -1;
    for (const e of inside) {
      if (e.ts < coveredUntil) continue;
      coveredUntil = e.ts + (e.dur ?? 0);
      const data = e.args?.data as { functionName?: string; url?: string; type?: string; fileName?: string } | undefined;
      const file = String(data?.url ?? data?.fileName ?? '').replace(/^.*\//, '');
      const label = data?.type ? `${e.name}(${data.type})` : file ? `${e.name}(${data?.functionName ? `${data.functionName} ` : ''}${file})` : e.name;
      parts.set(label, (parts.get(label) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const what = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    rows.push([task.ts, `${at(task.ts)} ms  task ${(task.dur! / 1000).toFixed(0).padStart(4)} ms (cpu ${((task.tdur ?? 0) / 1000).toFixed(0)}): ${what}`]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  out.push(...rows.map(([, s]) => s));
  out.push(`first card frame at ${Math.round(firstCardMs)} ms; main-thread tasks over 2 ms before it: ${busy.toFixed(0)} ms, of which the new document's: cpu ${cpu.toFixed(0)} ms`);
  return out;
}
