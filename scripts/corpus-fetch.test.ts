// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manifestSchema, shardFileSchema } from '../src/domain/corpus/corpus-files.ts';
import type { Paper } from '../src/domain/corpus/paper-schema.ts';
import { readCorpusFile } from '../src/domain/corpus/read-corpus-file.ts';
import { daysBetween } from '../src/domain/dates/day-range.ts';
import { hasSharedCorpus, hfDailyDir, SHARED_CORPUS_SUITE } from '../src/testing/shared-corpus.ts';
import { main } from './corpus-fetch.ts';
import { startReplayServer, type ReplayServer } from './lib/hf-replay-server.ts';

/**
 * corpus:fetch against a local replay of the real Hugging Face responses. October 2025
 * has six days of exactly 50 entries (a full page: the fetcher must ask for page 2) and
 * eight weekend days without a list.
 */
const OCTOBER = daysBetween('2025-10-01', '2025-10-31');

/** Papers of the source files, through the same adapter, by id. */
async function sourcePapers(days: string[]): Promise<Map<string, Paper>> {
  const byId = new Map<string, Paper>();
  for (const day of days) {
    const outcome = readCorpusFile(`${day}.json`, await readFile(join(hfDailyDir, `${day}.json`), 'utf8'));
    if (!outcome.ok) throw new Error(outcome.error.reason);
    for (const paper of outcome.value.papers) if (!byId.has(paper.id)) byId.set(paper.id, paper);
  }
  return byId;
}

async function shardPapers(dir: string, month: string): Promise<Map<string, Paper>> {
  const shard = shardFileSchema.parse(JSON.parse(await readFile(join(dir, `${month}.json`), 'utf8')));
  return new Map((shard.papers as Paper[]).map((p) => [p.id, p]));
}

async function readManifest(dir: string) {
  return manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
}

describe.skipIf(!hasSharedCorpus)(`${SHARED_CORPUS_SUITE}: corpus:fetch`, () => {
  let server: ReplayServer;
  let dir: string;
  let log: string[];
  const fetchInto = (out: string, ...extra: string[]) =>
    main(['--from', '2025-10-01', '--to', '2025-10-31', '--out', out, '--base-url', server.url, '--delay', '0', ...extra], (line) => log.push(line));

  beforeAll(async () => {
    server = await startReplayServer({ dir: hfDailyDir });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corpus-fetch-'));
    log = [];
    server.requests.length = 0;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes October 2025 with exactly the papers of the source files, then a second run fetches nothing', async () => {
    expect(await fetchInto(dir)).toBe(0);
    const manifest = await readManifest(dir);
    expect(manifest.shards.map((s) => s.month)).toEqual(['2025-10']);
    const expected = await sourcePapers(OCTOBER);
    const got = await shardPapers(dir, '2025-10');
    expect(got.size).toBe(923);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, paper] of expected) expect(got.get(id)).toEqual(paper);
    // Full pages of 50 asked for a second page; no day asked for more.
    expect(server.requests.filter((r) => r.includes('p=1'))).toHaveLength(6);
    expect(server.requests.filter((r) => r.includes('p=2'))).toHaveLength(0);
    expect(log).toContain('days: 31 (31 fetched, 8 of them without a list; 0 skipped, already fetched)');
    expect(log).toContain('errors: 0');

    const shardTime = (await stat(join(dir, '2025-10.json'))).mtimeMs;
    server.requests.length = 0;
    log = [];
    expect(await fetchInto(dir)).toBe(0);
    expect(server.requests).toEqual([]);
    expect(log).toContain('days: 31 (0 fetched, 0 of them without a list; 31 skipped, already fetched)');
    expect((await stat(join(dir, '2025-10.json'))).mtimeMs).toBe(shardTime);
  });

  it('follows a day onto its second and third page', async () => {
    const small = await startReplayServer({ dir: hfDailyDir, maxLimit: 20 });
    try {
      const code = await main(['--from', '2025-10-01', '--to', '2025-10-03', '--out', dir, '--base-url', small.url, '--delay', '0', '--page-size', '20'], (l) => log.push(l));
      expect(code).toBe(0);
      expect(small.requests.filter((r) => r.includes('date=2025-10-01'))).toEqual([0, 1, 2].map((p) => `/api/daily_papers?date=2025-10-01&limit=20&p=${p}`));
      expect(log).toContain('[1/3] 2025-10-01: 50 papers in 3 pages');
      const got = await shardPapers(dir, '2025-10');
      expect([...got.keys()].sort()).toEqual([...(await sourcePapers(['2025-10-01', '2025-10-02', '2025-10-03'])).keys()].sort());
    } finally {
      await small.close();
    }
  });

  it('retries 429 (honouring Retry-After) and 500, and reports them', async () => {
    server.inject('2025-10-02', { status: 429, retryAfter: '7' });
    server.inject('2025-10-06', { status: 500 }, { status: 503 });
    const waits: number[] = [];
    const code = await main(
      ['--from', '2025-10-01', '--to', '2025-10-07', '--out', dir, '--base-url', server.url, '--delay', '0'],
      (line) => log.push(line),
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(code).toBe(0);
    expect(waits[0]).toBe(7000);
    expect(waits.slice(1)).toHaveLength(2);
    expect(log).toContain('[2/7] 2025-10-02: answered 429, retry 1 of 4 in 7.0 s');
    expect(log).toContain('retries: 3 (429: 1, 500: 1, 503: 1)');
    expect((await shardPapers(dir, '2025-10')).size).toBe((await sourcePapers(daysBetween('2025-10-01', '2025-10-07'))).size);
  });

  it('fails a day with a truncated body, writes no partial shard, and a rerun completes it', async () => {
    server.inject('2025-10-08', 'truncated');
    expect(await fetchInto(dir)).toBe(1);
    expect(log.some((l) => /^ {2}- 2025-10-08 failed: the response is not valid JSON: .* it was probably truncated/.test(l))).toBe(true);
    expect(log).toContain('errors: 1');
    expect(await readdir(dir)).not.toContain('2025-10.json');
    expect((await readManifest(dir)).shards).toEqual([]);
    expect(await readdir(join(dir, '.days'))).not.toContain('2025-10-08.json');

    log = [];
    server.requests.length = 0;
    expect(await fetchInto(dir)).toBe(0);
    expect(server.requests).toEqual(['/api/daily_papers?date=2025-10-08&limit=50&p=0', '/api/daily_papers?date=2025-10-08&limit=50&p=1']);
    expect((await shardPapers(dir, '2025-10')).size).toBe(923);
  });

  it('keeps the shard of a month as it was when a day of it fails later', async () => {
    expect(await fetchInto(dir)).toBe(0);
    const before = await readFile(join(dir, '2025-10.json'), 'utf8');
    server.inject('2025-10-20', 'html');
    log = [];
    expect(await fetchInto(dir, '--refresh')).toBe(1);
    expect(log.some((l) => l.includes('2025-10-20 failed: the source answered with Content-Type text/html; charset=utf-8, not JSON'))).toBe(true);
    expect(await readFile(join(dir, '2025-10.json'), 'utf8')).toBe(before);
    expect((await readManifest(dir)).shards.map((s) => s.month)).toEqual(['2025-10']);
  });

  it('gives up on a day that keeps answering 500, and names it', async () => {
    server.inject('2025-10-03', ...Array.from({ length: 3 }, () => ({ status: 500 as const })));
    const code = await main(['--from', '2025-10-03', '--to', '2025-10-03', '--out', dir, '--base-url', server.url, '--delay', '0', '--retries', '2'], (l) => log.push(l), {
      sleep: async () => {},
    });
    expect(code).toBe(1);
    expect(log).toContain('  - 2025-10-03 failed: the source answered 500 Internal Server Error, and still did after 2 retries');
  });

  it('restarted after being killed half-way, ends with the same shards as an uninterrupted run', async () => {
    const clean = join(dir, 'clean');
    expect(await fetchInto(clean)).toBe(0);

    const killed = join(dir, 'killed');
    server.inject('2025-10-16', 'hang');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/corpus-fetch.ts', '--from', '2025-10-01', '--to', '2025-10-31', '--out', killed, '--base-url', server.url, '--delay', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => (server.onRequest = (date) => date === '2025-10-16' && resolve()));
    server.onRequest = undefined;
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const cached = (await readdir(join(killed, '.days'))).filter((n) => n.endsWith('.json'));
    expect(cached).toHaveLength(15);
    await expect(stat(join(killed, '2025-10.json'))).rejects.toThrow();

    server.requests.length = 0;
    expect(await fetchInto(killed)).toBe(0);
    expect(server.requests.some((r) => r.includes('date=2025-10-15'))).toBe(false);
    expect(await readFile(join(killed, '2025-10.json'), 'utf8')).toBe(await readFile(join(clean, '2025-10.json'), 'utf8'));
    expect((await readManifest(killed)).shards).toEqual((await readManifest(clean)).shards);
  }, 60_000);
});

describe('corpus:fetch usage', () => {
  it.each([
    [[], '--from and --to are required'],
    [['--from', '2025-10-05', '--to', '2025-10-01'], '--from 2025-10-05 is after --to 2025-10-01'],
    [['--from', '2025-02-30', '--to', '2025-03-01'], '--from and --to must be real dates written YYYY-MM-DD'],
    [['--from', '2025-10-01', '--to', '2025-10-02', '--base-url', 'file:///etc'], '--base-url file:///etc is not an http(s) URL'],
  ])('%j: %s', async (argv, message) => {
    const log: string[] = [];
    expect(await main(argv, (l) => log.push(l))).toBe(2);
    expect(log[0]).toBe(`corpus:fetch: ${message}`);
  });
});
