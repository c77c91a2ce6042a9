import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';

/**
 * A Chromium performance trace (what DevTools' Performance panel records) of part of a
 * bench run, and what the page's main thread did in each long task: which trace events
 * (script, style, layout, GC, ...) and which JavaScript functions (CPU profile samples).
 * Tracing slows the page, so figures measured while it runs are not reported as metrics.
 */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

export interface TraceRecorder {
  /** Ends the trace and returns its events; with `file`, also writes the trace there (DevTools opens it). */
  stop(file?: string): Promise<TraceEvent[]>;
}

/** Timeline events and frames only: no CPU sampling, whose own cost would count in every frame's CPU time. */
export const TIMELINE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame'];

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: unlike `dur`, not stretched by waiting for a core on a busy host. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { cpuProfile?: CpuProfileChunk; timeDeltas?: number[] } };
}

interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}
interface CpuProfileChunk {
  nodes?: { id: number; parent?: number; callFrame: CallFrame }[];
  samples?: number[];
}

export async function startTrace(page: Page, categories: readonly string[] = CATEGORIES): Promise<TraceRecorder> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: [...categories], recordMode: 'recordContinuously' } });
  return {
    async stop(file) {
      const complete = new Promise<string>((resolve) => session.once('Tracing.tracingComplete', (event) => resolve(event.stream!)));
      await session.send('Tracing.end');
      const stream = await complete;
      let text = '';
      for (;;) {
        const chunk = await session.send('IO.read', { handle: stream, size: 4 << 20 });
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
        if (chunk.eof) break;
      }
      await session.send('IO.close', { handle: stream });
      await session.detach();
      if (file) await writeFile(file, text);
      const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
      return Array.isArray(parsed) ? parsed : parsed.traceEvents;
    },
  };
}

export interface LongTask {
  startMs: number;
  durationMs: number;
  /** CPU time of the main thread in the task (its thread time). */
  cpuMs: number;
  /** Trace events directly inside the task, by name (with the function for script), total ms. */
  events: [string, number][];
  /** CPU profile: self time by function (name url:line:col), ms. */
  selfTime: [string, number][];
  /** The heaviest stacks (outermost first), ms. */
  stacks: [string, number][];
}

// Native frames ((program), (garbage collector)) have no url or position.
const frameLabel = (f: CallFrame) => (f.url ? `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}` : f.functionName);

function top(map: Map<string, number>, n: number): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, Math.round(v * 10) / 10]);
}

/**
 * The renderer main threads' tasks by CPU (thread) time, heaviest first, with the wall time
 * of each: on a loaded host wall time mostly measures the wait for a core, CPU time the work.
 */
export function heaviestTasks(events: TraceEvent[], count: number): { cpuMs: number; durationMs: number }[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined)
    .sort((a, b) => b.tdur! - a.tdur!)
    .slice(0, count)
    .map((e) => ({ cpuMs: Math.round(e.tdur! / 100) / 10, durationMs: Math.round(e.dur! / 100) / 10 }));
}

/** The renderer main threads' tasks of at least `minMs`, longest first, with what ran in them. */
export function longTasks(events: TraceEvent[], minMs: number): LongTask[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => mains.has(`${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e) && (e.dur ?? 0) >= minMs * 1000);
  const samples = cpuSamples(events, mains);
  return tasks
    .sort((a, b) => b.dur! - a.dur!)
    .map((task) => {
      const end = task.ts + task.dur!;
      const inside = events.filter((e) => e.ph === 'X' && e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
      const byName = new Map<string, number>();
      // Only events not nested in another (besides the task): their times add up.
      let coveredUntil = -1;
      for (const e of inside.sort((a, b) => a.ts - b.ts)) {
        if (e.ts < coveredUntil) continue;
        coveredUntil = e.ts + (e.dur ?? 0);
        const data = e.args?.data as { functionName?: string; url?: string; type?: string } | undefined;
        const label = data?.functionName !== undefined ? `${e.name} ${data.functionName || '(anonymous)'} ${String(data.url ?? '').replace(/^.*\//, '')}` : data?.type ? `${e.name} ${data.type}` : e.name;
        byName.set(label, (byName.get(label) ?? 0) + (e.dur ?? 0) / 1000);
      }
      const self = new Map<string, number>();
      const stacks = new Map<string, number>();
      for (const s of samples) {
        if (s.pid !== task.pid || s.ts < task.ts || s.ts > end) continue;
        self.set(s.stack.at(-1) ?? '?', (self.get(s.stack.at(-1) ?? '?') ?? 0) + s.ms);
        const key = s.stack.slice(-6).join(' < ');
        stacks.set(key, (stacks.get(key) ?? 0) + s.ms);
      }
      return { startMs: task.ts / 1000, durationMs: task.dur! / 1000, cpuMs: (task.tdur ?? 0) / 1000, events: top(byName, 12), selfTime: top(self, 15), stacks: top(stacks, 8) };
    });
}

interface Sample {
  pid: number;
  ts: number;
  ms: number;
  stack: string[];
}

/** The V8 sampling profiler's samples, with their stacks (outermost first). */
function cpuSamples(events: TraceEvent[], mains: Set<string>): Sample[] {
  const out: Sample[] = [];
  const profiles = new Map<string, { pid: number; ts: number; nodes: Map<number, { parent?: number; frame: CallFrame }> }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id !== undefined && mains.has(`${e.pid}:${e.tid}`)) {
      profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, ts: Number((e.args?.data as { startTime?: number } | undefined)?.startTime ?? e.ts), nodes: new Map() });
    }
    if (e.name !== 'ProfileChunk' || e.id === undefined) continue;
    const profile = profiles.get(`${e.pid}:${e.id}`);
    if (!profile) continue;
    const chunk = e.args?.data?.cpuProfile;
    for (const node of chunk?.nodes ?? []) profile.nodes.set(node.id, { parent: node.parent, frame: node.callFrame });
    const deltas = e.args?.data?.timeDeltas ?? [];
    (chunk?.samples ?? []).forEach((id, i) => {
      profile.ts += deltas[i] ?? 0;
      const stack: string[] = [];
      for (let n = profile.nodes.get(id); n; n = n.parent === undefined ? undefined : profile.nodes.get(n.parent)) {
        if (n.frame.functionName !== '(root)') stack.unshift(frameLabel(n.frame));
      }
      out.push({ pid: profile.pid, ts: profile.ts, ms: (deltas[i + 1] ?? deltas[i] ?? 0) / 1000, stack });
    });
  }
  return out;
}
