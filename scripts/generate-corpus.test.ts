// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestSchema } from '../src/domain/corpus/corpus-files.ts';
import { paperSchema } from '../src/domain/corpus/paper-schema.ts';
import { generateCorpus, parseCli, runCli } from './generate-corpus.ts';

const OPTIONS = { count: 3_600, months: 12, end: '2026-11-25', seed: 'test' };
const papers = generateCorpus(OPTIONS);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const share = (predicate: (p: (typeof papers)[number]) => boolean) => papers.filter(predicate).length / papers.length;

describe('generateCorpus', () => {
  it('is deterministic for the same options and changes with the seed', () => {
    expect(generateCorpus(OPTIONS)).toEqual(papers);
    expect(generateCorpus({ ...OPTIONS, seed: 'other' })).not.toEqual(papers);
  });

  it('makes exactly count papers, each valid against the canonical schema', () => {
    expect(papers).toHaveLength(3_600);
    for (const paper of papers) expect(paperSchema.safeParse(paper).error).toBeUndefined();
    expect(generateCorpus({ ...OPTIONS, count: 0 })).toEqual([]);
    expect(generateCorpus({ ...OPTIONS, count: 7 })).toHaveLength(7);
  });

  it('puts papers on weekdays inside the window, about count/weekdays a day', () => {
    const perDay = new Map<string, number>();
    for (const { date } of papers) {
      expect(date >= '2025-11-26' && date <= '2026-11-25').toBe(true);
      expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
      perDay.set(date, (perDay.get(date) ?? 0) + 1);
    }
    expect(perDay.size).toBeGreaterThan(250);
    expect(Math.max(...perDay.values())).toBeLessThan(40);
  });

  it('gives unique arXiv-style ids of the paper month, published shortly before the featured day', () => {
    expect(new Set(papers.map((p) => p.id)).size).toBe(papers.length);
    for (const p of papers) {
      expect(p.id).toMatch(/^\d{4}\.\d{5}$/);
      expect(p.id.slice(0, 4)).toBe(p.date.slice(2, 4) + p.date.slice(5, 7));
      expect(p.publishedAt!.slice(0, 7)).toBe(p.date.slice(0, 7));
      expect(p.publishedAt!.slice(0, 10) <= p.date).toBe(true);
    }
  });

  it('skews upvotes: most papers get a handful, a few get hundreds', () => {
    const upvotes = papers.map((p) => p.upvotes);
    expect(median(upvotes)).toBeLessThanOrEqual(5);
    expect(Math.max(...upvotes)).toBeGreaterThanOrEqual(200);
    expect(share((p) => p.upvotes <= 10)).toBeGreaterThan(0.75);
  });

  it('writes realistic text and optional fields in the intended proportions', () => {
    const lengths = papers.map((p) => p.abstract.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(900);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(1_600);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeCloseTo(1_265, -2);
    expect(share((p) => p.abstract.includes('$'))).toBeGreaterThan(0.01);
    expect(share((p) => p.abstract.includes('$'))).toBeLessThan(0.06);
    expect(share((p) => p.organization !== undefined)).toBeCloseTo(0.6, 1);
    expect(share((p) => p.links.code !== undefined)).toBeCloseTo(0.4, 1);
    expect(share((p) => p.keywords !== undefined)).toBeCloseTo(0.8, 1);
    expect(share((p) => p.aiSummary !== undefined)).toBeCloseTo(0.6, 1);
    expect(papers.filter((p) => p.authors.length >= 1_000)).toHaveLength(1);
    expect(papers.some((p) => p.authors.some((a) => /[éëüöøł]/.test(a)))).toBe(true);
  });
});

describe('generate-corpus CLI', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'paperfeed-gen-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const args = (out: string, ...more: string[]) => ['--count', '500', '--end', '2026-11-25', '--out', out, ...more];
  const snapshot = async (dir: string) => {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
    return Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const));
  };

  it('writes a demo manifest whose shard counts sum to N, byte-identical on a rerun', async () => {
    const out = await tempDir();
    const log: string[] = [];
    expect(await runCli(args(out), (line) => log.push(line))).toBe(0);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.demo).toBe(true);
    expect(manifest.shards.reduce((sum, s) => sum + s.count, 0)).toBe(500);
    expect(log).toHaveLength(1);
    const first = await snapshot(out);
    const again = await tempDir();
    await runCli(args(again), () => {});
    expect(await snapshot(again)).toEqual(first);
  });

  it('leaves an existing corpus untouched with --if-missing', async () => {
    const out = await tempDir();
    await writeFile(join(out, 'manifest.json'), '{"mine": true}\n');
    const log: string[] = [];
    expect(await runCli(args(out, '--if-missing'), (line) => log.push(line))).toBe(0);
    expect(await snapshot(out)).toEqual([['manifest.json', '{"mine": true}\n']]);
    expect(log).toEqual([expect.stringContaining('exists')]);
  });

  it('rejects bad options with a message instead of throwing', () => {
    const today = () => '2026-11-25';
    expect(parseCli(['--end', '2026-02-30'], today)).toMatchObject({ ok: false, message: expect.stringContaining('--end') });
    expect(parseCli(['--count', '-3'], today)).toMatchObject({ ok: false });
    expect(parseCli(['--bogus'], today)).toMatchObject({ ok: false });
    expect(parseCli([], today)).toMatchObject({ ok: true, options: { count: 3_600, months: 12, end: '2026-11-25', seed: 'paperfeed' } });
  });

  it('runs as a script (the is-main guard works under tsx)', async () => {
    const out = await tempDir();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-corpus.ts', ...args(out)], { encoding: 'utf8' });
    expect(run.stderr).toContain('500 papers');
    expect(run.status).toBe(0);
    expect((await readdir(out)).includes('manifest.json')).toBe(true);
  });
});
