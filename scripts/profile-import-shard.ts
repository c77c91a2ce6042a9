/**
 * Where a first visit's CPU goes, per shard, in Node (far less load-sensitive than the
 * browser bench): JSON.parse, validation, the search segment build, the live segment's
 * vocabulary, and merging every shard's segment into one, on one shard of the generated
 * 100k corpus (or every shard with --all; --reference also times the earlier build). Usage:
 *   node --import tsx scripts/profile-import-shard.ts [bench/.data/corpus-100k] [--all] [--reference]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { adaptCanonical } from '../src/domain/corpus/canonical-adapter.ts';
import { buildSegment } from '../src/domain/search/build-segment.ts';
import { referenceBuildSegment } from '../src/domain/search/build-segment.reference.ts';
import { LiveSegment } from '../src/domain/search/live-segment.ts';
import { mergeSegments } from '../src/domain/search/merge-segments.ts';
import type { Paper } from '../src/domain/corpus/paper-schema.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'bench/.data/corpus-100k';
const all = args.includes('--all');
/** Also time the build as it was before the fast tokenizer, for a same-process ratio. */
const withReference = args.includes('--reference');
const files = readdirSync(dir).filter((f) => /^\d{4}-\d{2}\.json$/.test(f)).sort().reverse();
const chosen = all ? files : files.slice(0, 1);

// Wall time and this process's CPU time: on a loaded host the CPU time is the steadier one.
const totals: Record<string, number> = {};
const cpu: Record<string, number> = {};
const time = <T>(phase: string, run: () => T): T => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = run();
  totals[phase] = (totals[phase] ?? 0) + performance.now() - t0;
  const used = process.cpuUsage(c0);
  cpu[phase] = (cpu[phase] ?? 0) + (used.user + used.system) / 1000;
  return out;
};
let count = 0;
const lives: LiveSegment[] = [];
for (const file of chosen) {
  const text = readFileSync(join(dir, file), 'utf8');
  const json = time('parse', () => JSON.parse(text) as unknown);
  const adapted = time('validate', () => adaptCanonical(file, json));
  if (!adapted.ok) throw new Error(`${file}: ${adapted.error.reason}`);
  const papers: Paper[] = adapted.value.papers;
  count += papers.length;
  const byDay = [...papers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (withReference) time('buildSegment (earlier build)', () => referenceBuildSegment(byDay));
  const segment = time('buildSegment', () => buildSegment(byDay));
  lives.push(time('liveSegment (vocabulary)', () => new LiveSegment(segment)));
}
if (lives.length > 1) time('mergeSegments', () => mergeSegments(lives));
const parse = cpu.parse!;
console.log(`${chosen.length} shard(s), ${count} papers; wall ms, CPU ms, CPU against JSON.parse's`);
for (const [phase, ms] of Object.entries(totals)) {
  console.log(`${phase.padEnd(30)} ${ms.toFixed(0).padStart(7)} wall ${cpu[phase]!.toFixed(0).padStart(7)} cpu  ${(cpu[phase]! / parse).toFixed(2)}x parse`);
}
