/**
 * Where the time goes while the 1,000-paper day scrolls, through the DevTools protocol:
 * `node --import tsx bench/lib/profile-bigday.ts BUILD_DIR [scroll|j|trace|frames|jframes]` prints the CPU
 * profile's self time by function (scroll, j), the main thread's trace events by name
 * (trace), or the main thread's CPU time per frame (frames: scrolling, jframes: j presses):
 * thread time, not wall time, so a loaded host inflates it far less than the frame gaps the
 * bench reports. `PROFILE_CPU_RATE=4` throttles the page as the slow-device bench does;
 * `PROFILE_STEP` / `PROFILE_FRAMES` set the scroll (px a frame, frames). Needs bench/.data/corpus-bigday (made by `npm run bench -- --only view.bigday`);
 * an unminified build names the functions: `npx vite build --minify false --outDir DIR`.
 */
import { join } from 'node:path';
import { startPreview } from './preview-server.ts';
import { withFreshPage } from './fresh-page.ts';
import { cleanupAll } from './cleanup.ts';
import { BIG_DAY } from './bigday-corpus.ts';
import { repoRoot } from './paths.ts';
import { startTrace, TIMELINE_CATEGORIES, type TraceEvent } from './main-thread-trace.ts';

// The big-day bench's fling (300 px a frame to the end); PROFILE_STEP=150 PROFILE_FRAMES=240 is the slow module's month scroll.
const SCROLL_STEP = Number(process.env.PROFILE_STEP ?? 300);
const SCROLL_FRAMES = Number(process.env.PROFILE_FRAMES ?? 1200);
const SCROLL = `new Promise((resolve) => {
  let last = null, worst = 0, frames = 0, lastY = -1, still = 0;
  const step = (now) => { if (last !== null) worst = Math.max(worst, now - last); last = now;
    still = window.scrollY === lastY ? still + 1 : 0; lastY = window.scrollY;
    if (++frames > ${SCROLL_FRAMES} || still > 5) return resolve(worst); window.scrollBy(0, ${SCROLL_STEP}); requestAnimationFrame(step); };
  requestAnimationFrame(step); })`;
const PRESS_J = `new Promise((resolve) => {
  let last = null, worst = 0, presses = 0;
  const step = (now) => { if (last !== null) worst = Math.max(worst, now - last); last = now;
    if (++presses > 100) return resolve(worst);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true })); requestAnimationFrame(step); };
  requestAnimationFrame(step); })`;

const build = process.argv[2]!;
const mode = process.argv[3] ?? 'scroll';
const server = await startPreview(join(repoRoot, 'bench/.data/corpus-bigday'), build);
try {
  await withFreshPage({ label: 'profile', timeoutMs: 900_000 }, async (page) => {
    await page.goto(server.url);
    await page.waitForSelector('html[data-import-state=done]', { timeout: 400_000, state: 'attached' });
    // PROFILE_PATH=papers/month/2021-03: the month around the big day, with its day headings.
    const path = process.env.PROFILE_PATH ?? `papers/date/${BIG_DAY}`;
    await page.goto(new URL(path, server.url).href);
    if (process.env.PROFILE_PATH) {
      // A period's count grows as its day rows are read: wait until it holds for a second.
      await page.waitForFunction(`(() => { const s = document.querySelector('main [role=status]')?.textContent ?? ''; const was = window.__count; window.__count = s; return / papers$/.test(s) && s === was; })()`, undefined, { timeout: 120_000, polling: 1_000 });
    } else {
      await page.waitForFunction(`(() => { const s = document.querySelector('main [role=status]'); return s && s.textContent === '1,000 papers'; })()`, undefined, { timeout: 60_000, polling: 100 });
    }
    await page.waitForSelector('main article');
    if (mode === 'heights') {
      // The rendered rows' heights, at the bench's width and at a phone's (what the list's estimates are made from).
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
        console.log(width, await page.evaluate(`JSON.stringify([...document.querySelectorAll('[data-index]')].map((e) => Math.round(e.getBoundingClientRect().height)))`));
      }
      return;
    }
    console.log('DOM:', await page.evaluate(`JSON.stringify({ elements: document.getElementsByTagName('*').length, articles: document.querySelectorAll('article').length, bodyHeight: document.body.scrollHeight, jsHeapMB: Math.round((performance.memory?.usedJSHeapSize ?? 0) / 1e6) })`));
    const cdp = await page.context().newCDPSession(page);
    if (mode === 'frames' || mode === 'jframes') {
      console.log(await framesCpu(cdp, page, mode === 'frames' ? SCROLL : PRESS_J));
      return;
    }
    if (mode === 'timeline') {
      // Every main-thread event of a few frames in the middle of the scroll, in order, nested by depth.
      const rate = Number(process.env.PROFILE_CPU_RATE ?? 1);
      if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const trace = await startTrace(page, TIMELINE_CATEGORIES);
      await page.evaluate(SCROLL);
      const events = await trace.stop();
      const main = mainThread(events);
      const starts = events.filter((e) => e.name === 'BeginMainThreadFrame' && onThread(e, main)).map((e) => e.ts).sort((a, b) => a - b);
      // The frame with the most main-thread CPU (PROFILE_FRAME=n for another), with the one before it.
      const cpu = new Array<number>(starts.length).fill(0);
      for (const e of events) if (e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined && onThread(e, main)) { const f = frameAt(starts, e.ts); if (f >= 0) cpu[f]! += e.tdur; }
      const worstFrame = process.env.PROFILE_FRAME ? Number(process.env.PROFILE_FRAME) : cpu.slice(5, -2).reduce((best, ms, i) => (ms > cpu[best]! ? i + 5 : best), 5);
      console.log(`frame ${worstFrame}: ${(cpu[worstFrame]! / 1000).toFixed(1)} ms cpu`);
      const from = starts[worstFrame]!, to = starts[worstFrame + 2]! + 1000;
      const shown = events.filter((e) => e.ph === 'X' && onThread(e, main) && e.ts >= from && e.ts < to && (e.dur ?? 0) >= Number(process.env.PROFILE_MIN_US ?? 100)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      const open: number[] = [];
      for (const e of shown) {
        while (open.length && open.at(-1)! <= e.ts) open.pop();
        const data = (e.args as { data?: { functionName?: string; url?: string; type?: string; stackTrace?: Array<{ functionName: string }> } } | undefined)?.data;
        const what = [data?.type, data?.functionName, data?.url?.split('/').pop(), data?.stackTrace?.slice(0, 3).map((f) => f.functionName).join('<')].filter(Boolean).join(' ');
        console.log(`${((e.ts - from) / 1000).toFixed(1).padStart(7)} ${'  '.repeat(open.length)}${e.name} ${((e.tdur ?? 0) / 1000).toFixed(2)} cpu ${what}`);
        open.push(e.ts + (e.dur ?? 0));
      }
      for (const s of starts.slice(worstFrame - 1, worstFrame + 2)) console.log(`frame start ${((s - from) / 1000).toFixed(1)}`);
      return;
    }
    if (mode === 'trace') {
      const trace = await startTrace(page, TIMELINE_CATEGORIES);
      await page.evaluate(SCROLL);
      const events = await trace.stop();
      const main = mainThread(events);
      const by = new Map<string, number>();
      for (const e of events) if (e.ph === 'X' && e.dur && onThread(e, main)) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
      for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
      return;
    }
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const worst = await page.evaluate(mode === 'scroll' ? SCROLL : PRESS_J);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>; samples: number[]; timeDeltas: number[] } };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byFn = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const t = (self.get(node.id) ?? 0) / 1000;
      total += t;
      const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
      byFn.set(key, (byFn.get(key) ?? 0) + t);
    }
    console.log(`worst frame ${worst} ms; profile total ${total.toFixed(0)} ms`);
    for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  });
} finally {
  await server.close();
  await cleanupAll();
}

// Declarations, not constants: the script's top-level await calls them before this point.
function mainThread(events: TraceEvent[]) {
  return events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
}
function onThread(e: TraceEvent, main: TraceEvent | undefined) {
  return !main || (e.tid === main.tid && e.pid === main.pid);
}

/** The frame an event at `ts` falls in: the last frame start at or before it, or -1 before the first. */
function frameAt(starts: number[], ts: number): number {
  if (!starts.length || ts < starts[0]!) return -1;
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= ts) lo = mid; else hi = mid - 1; }
  return lo;
}

/** Main-thread CPU (thread) time per frame, frames cut at each animation-frame callback. */
async function framesCpu(cdp: import('playwright-core').CDPSession, page: import('playwright-core').Page, action: string): Promise<string> {
  const rate = Number(process.env.PROFILE_CPU_RATE ?? 1);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const trace = await startTrace(page, TIMELINE_CATEGORIES);
  const worst = (await page.evaluate(action)) as number;
  const events = await trace.stop();
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const main = mainThread(events);
  const onMain = events.filter((e) => e.ph === 'X' && onThread(e, main));
  // A frame is cut where the main thread begins one (the vsync-driven BeginMainThreadFrame).
  const starts = events.filter((e) => e.name === 'BeginMainThreadFrame' && onThread(e, main)).map((e) => e.ts).sort((a, b) => a - b);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.tdur !== undefined);
  const perFrame = new Array<number>(Math.max(0, starts.length - 1)).fill(0);
  const kinds = perFrame.map(() => new Map<string, number>());
  for (const t of tasks) {
    const frame = frameAt(starts, t.ts);
    if (frame >= 0 && frame < perFrame.length) perFrame[frame]! += t.tdur! / 1000;
  }
  for (const e of onMain) {
    if (e.name === 'RunTask' || e.tdur === undefined || !(process.env.PROFILE_ALL_EVENTS || ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Commit', 'FunctionCall', 'EventDispatch', 'Layerize', 'FireAnimationFrame', 'TimerFire', 'MinorGC', 'MajorGC'].includes(e.name))) continue;
    const frame = frameAt(starts, e.ts);
    if (frame >= 0 && frame < kinds.length) kinds[frame]!.set(e.name, (kinds[frame]!.get(e.name) ?? 0) + e.tdur / 1000);
  }
  const sorted = [...perFrame].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(1);
  const top = perFrame.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms).slice(0, 5)
    .map(({ ms, i }) => `  frame ${i}: ${ms.toFixed(1)} ms cpu: ${[...kinds[i]!].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  const total = perFrame.reduce((a, b) => a + b, 0);
  return [`rate ${rate}x, ${perFrame.length} frames, worst frame gap ${worst.toFixed(1)} ms (wall); main-thread cpu per frame: mean ${(total / perFrame.length).toFixed(1)}, p50 ${q(0.5)}, p90 ${q(0.9)}, p99 ${q(0.99)}, max ${sorted.at(-1)!.toFixed(1)} ms`, ...top].join('\n');
}
