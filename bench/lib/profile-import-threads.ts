/**
 * Where a first visit's CPU goes in the browser, per thread: runs the app's 100k import
 * once per build on a fresh profile and reads every Chromium thread's CPU time from
 * /proc (Linux) at import done and at search ready. CPU time, unlike wall time, is not
 * stretched by a loaded host, so builds can be compared under load. Usage:
 *   node --import tsx bench/lib/profile-import-threads.ts <dist> [<dist> ...]
 * (PROFILE_RUNS=n runs each build n times, alternating.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMPORT_PROBE_SCRIPT, measureAppImport } from './import-probe.ts';
import { withFreshPage } from './fresh-page.ts';
import { startPreview } from './preview-server.ts';
import { ensureCorpus } from './corpus-data.ts';
import { measureAfterImport } from './first-visit-probe.ts';

interface ThreadCpu {
  pid: number;
  tid: number;
  process: string;
  thread: string;
  ms: number;
}

const TICK_MS = 10; // USER_HZ = 100 on Linux

function processes(): Map<number, { ppid: number; cmd: string }> {
  const out = new Map<number, { ppid: number; cmd: string }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
      out.set(Number(name), { ppid, cmd });
    } catch {
      // gone
    }
  }
  return out;
}

/** Every thread of the Chromium this process launched (its child and their descendants). */
function chromiumThreads(): ThreadCpu[] {
  const all = processes();
  const ours = new Set([...all].filter(([, p]) => p.ppid === process.pid && p.cmd.includes('chrom')).map(([pid]) => pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of all) {
      if (ours.has(pid) || !ours.has(p.ppid)) continue;
      ours.add(pid);
      grew = true;
    }
  }
  const out: ThreadCpu[] = [];
  for (const pid of ours) {
    const cmd = all.get(pid)!.cmd;
    const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
    const kind = type === 'utility' ? `utility:${/--utility-sub-type=([\w.]+)/.exec(cmd)?.[1] ?? '?'}` : type;
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const thread = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
        out.push({ pid, tid: Number(tid), process: kind, thread, ms });
      } catch {
        // gone
      }
    }
  }
  return out;
}

function summarise(threads: readonly ThreadCpu[], minMs = 100): string {
  const lines = threads
    .filter((t) => t.ms >= minMs)
    .sort((a, b) => b.ms - a.ms)
    .map((t) => `${String(t.ms).padStart(7)} ms  ${t.process.padEnd(28)} ${t.thread} (${t.pid}/${t.tid})`);
  const total = threads.reduce((sum, t) => sum + t.ms, 0);
  return `${lines.join('\n')}\n${String(total).padStart(7)} ms  all threads`;
}

async function profileBuild(dist: string, corpusDir: string, papers: number): Promise<void> {
  const server = await startPreview(corpusDir, dist);
  try {
    await withFreshPage({ label: `threads ${dist}`, timeoutMs: 1_500_000, initScript: IMPORT_PROBE_SCRIPT }, async (page) => {
      // Sampled every second as well: a thread that ends (the import worker's, once it is
      // done) keeps its last reading.
      const seen = new Map<number, ThreadCpu>();
      const sample = () => {
        const now = chromiumThreads();
        for (const t of now) seen.set(t.tid, t);
        return [...seen.values()];
      };
      const timer = setInterval(sample, 1_000);
      const run = await measureAppImport(page, server.url, 1_500_000);
      const atDone = sample();
      const after = await measureAfterImport(page, papers, 1_500_000);
      const atReady = sample();
      clearInterval(timer);
      const caches = await page.evaluate(`(async () => Promise.all((await caches.keys()).map(async (name) => name + ': ' + (await (await caches.open(name)).keys()).length + ' entries')))()`);
      const estimate = await page.evaluate('navigator.storage.estimate()');
      console.log(`\n== ${dist}: import ${Math.round(run.ms)} ms, first card ${Math.round(run.firstCardMs ?? -1)} ms, search ready ${Math.round(after.searchReadyMs)} ms (load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`);
      console.log(`caches: ${JSON.stringify(caches)}; storage: ${JSON.stringify(estimate)}`);
      console.log('-- CPU at import done');
      console.log(summarise(atDone));
      console.log('-- CPU at index stored');
      console.log(summarise(atReady));
    });
  } finally {
    await server.close();
  }
}

const builds = process.argv.slice(2).map((d) => resolve(d));
const corpus = await ensureCorpus('100k');
if (!corpus) throw new Error('no 100k corpus');
const manifest = JSON.parse(readFileSync(resolve(corpus, 'manifest.json'), 'utf8')) as { shards: { count: number }[] };
const papers = manifest.shards.reduce((sum, s) => sum + s.count, 0);
const runs = Number(process.env.PROFILE_RUNS ?? 1);
for (let i = 0; i < runs; i++) for (const dist of builds) await profileBuild(dist, corpus, papers);
