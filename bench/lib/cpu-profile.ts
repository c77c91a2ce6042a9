import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Chromium's sampling profiler (DevTools protocol `Profiler`) around a phase of a bench run,
 * when BENCH_PROFILE_DIR is set: writes `<label>.cpuprofile` (open it in DevTools'
 * Performance panel) and logs the functions with the most self time. Off by default: the
 * profiler itself slows the page, so profiled runs are for finding causes, not for figures.
 */
export async function profiled<T>(page: Page, label: string, log: (line: string) => void, fn: () => Promise<T>, intervalUs = 200): Promise<T> {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (!dir) return fn();
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.detach().catch(() => undefined);
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${label}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    log(`profile ${label}: ${file}\n${topSelfTime(profile, 25).join('\n')}`);
  }
}

/** The functions with the most self time, as "ms  name  file:line". */
export function topSelfTime(profile: Profile, count: number): string[] {
  const byNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) byNode.set(samples[i]!, (byNode.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    if (!ms) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'}  ${url.replace(/^.*\//, '')}:${lineNumber + 1}:${columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  return [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}
