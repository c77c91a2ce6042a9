import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)']);

/**
 * Samples the page's main thread with the DevTools protocol's CPU profiler, so a bench can
 * say what ran in its long tasks. Opt-in (`PAPERFEED_BENCH_PROFILE=1`): sampling slows the
 * page, so figures of a profiled run are not reported as measured.
 */
export async function startMainThreadProfile(page: Page): Promise<() => Promise<string[]>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 1000 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await session.detach().catch(() => undefined);
    const file = process.env.PAPERFEED_BENCH_PROFILE_OUT;
    if (file) await writeFile(file, JSON.stringify(profile));
    return busyStretches(profile);
  };
}

/** Stretches of consecutive non-idle samples over 50 ms, each with its top functions by self time. */
function busyStretches(profile: CpuProfile): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const lines: string[] = [];
  let stretch: { ms: number; self: Map<string, number> } | undefined;
  const flush = () => {
    if (stretch && stretch.ms > 50) {
      const top = [...stretch.self].sort((a, b) => b[1] - a[1]).slice(0, 8);
      lines.push(`busy ${Math.round(stretch.ms)} ms: ${top.map(([name, ms]) => `${name} ${Math.round(ms)}`).join(' | ')}`);
    }
    stretch = undefined;
  };
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (IDLE.has(node.callFrame.functionName)) return flush();
    stretch ??= { ms: 0, self: new Map() };
    stretch.ms += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'}@${url.split('/').pop()}:${lineNumber + 1}`;
    stretch.self.set(name, (stretch.self.get(name) ?? 0) + ms);
  });
  flush();
  return lines;
}
