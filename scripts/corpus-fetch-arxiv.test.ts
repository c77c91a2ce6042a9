// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manifestSchema, shardFileSchema } from '../src/domain/corpus/corpus-files.ts';
import type { Paper } from '../src/domain/corpus/paper-schema.ts';
import { arxivApiDir, arxivOaiDir, arxivRssDir, hasArxivRecordings } from '../src/testing/shared-corpus.ts';
import { main } from './corpus-fetch.ts';
import { startArxivReplayServer, type ArxivReplayServer } from './lib/arxiv-replay-server.ts';
import { mergeSources } from './lib/merge-sources.ts';

/**
 * corpus:fetch --source arxiv against a local replay of arXiv's recorded OAI-PMH harvest:
 * set cs, oai_dc, 2021-03-20 to 2021-03-30, three pages joined by resumption tokens.
 */
const HARVEST = ['--source', 'arxiv', '--category', 'cs', '--format', 'oai_dc', '--from', '2021-03-20', '--to', '2021-03-30', '--window-days', '11'];
const FIRST = '/oai?verb=ListRecords&metadataPrefix=oai_dc&set=cs&from=2021-03-20&until=2021-03-30';
const TOKENS = ['/oai?verb=ListRecords&resumptionToken=6965856%7C1001', '/oai?verb=ListRecords&resumptionToken=6965856%7C2001'];

async function shardIds(dir: string): Promise<string[]> {
  const shard = shardFileSchema.parse(JSON.parse(await readFile(join(dir, '2021-03.json'), 'utf8')));
  return (shard.papers as Paper[]).map((paper) => paper.id);
}

describe.skipIf(!hasArxivRecordings)('corpus:fetch --source arxiv against the replayed harvest', () => {
  let server: ArxivReplayServer;
  let dir: string;
  let log: string[];
  const fetchInto = (out: string, ...extra: string[]) => main([...HARVEST, '--out', out, '--base-url', server.oaiUrl, ...extra], (line) => log.push(line));

  beforeAll(async () => {
    server = await startArxivReplayServer({ dirs: [arxivOaiDir, arxivApiDir, arxivRssDir] });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corpus-fetch-arxiv-'));
    log = [];
    server.requests.length = 0;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('harvests 2,358 distinct papers at one request per 3 s, waiting out a 503 with Retry-After; a re-run asks for nothing', async () => {
    server.inject({ status: 503, retryAfter: '4' });
    expect(await fetchInto(dir)).toBe(0);
    expect(server.requests.map((r) => r.path)).toEqual([FIRST, FIRST, ...TOKENS]);
    const gaps = server.requests.slice(1).map((r, i) => r.at - server.requests[i]!.at);
    // Retry-After: 4 s after the 503, then arXiv's 3 s between requests (1 ms of timer slack).
    expect(gaps[0]).toBeGreaterThanOrEqual(3999);
    for (const gap of gaps.slice(1)) expect(gap).toBeGreaterThanOrEqual(2999);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
    expect(manifest.shards.map((s) => [s.month, s.count])).toEqual([['2021-03', 2358]]);
    expect(new Set(await shardIds(dir)).size).toBe(2358);
    expect(log).toContain('arXiv records: 2358 read, 0 outside cs, 0 repeated (the same paper announced again), 2358 distinct papers');
    expect(log).toContain('[cs 1/1] 2021-03-20 to 2021-03-30: answered 503 on page 1, retry 1 of 4 in 4.0 s');
    expect(log).toContain('retries: 1');

    server.requests.length = 0;
    log = [];
    const before = (await stat(join(dir, '2021-03.json'))).mtimeMs;
    expect(await fetchInto(dir)).toBe(0);
    expect(server.requests).toEqual([]);
    expect((await stat(join(dir, '2021-03.json'))).mtimeMs).toBe(before);
  }, 60_000);

  it('keeps only the followed categories', async () => {
    const only = join(dir, 'only-cl');
    const args = HARVEST.map((arg) => (arg === 'cs' ? 'cs.CL' : arg));
    expect(await main([...args, '--out', only, '--base-url', server.oaiUrl, '--delay', '0'], (line) => log.push(line))).toBe(0);
    const shard = shardFileSchema.parse(JSON.parse(await readFile(join(only, '2021-03.json'), 'utf8')));
    const papers = shard.papers as Paper[];
    expect(papers.length).toBeGreaterThan(100);
    expect(papers.length).toBeLessThan(2358);
    expect(papers.every((paper) => paper.categories?.includes('cs.CL'))).toBe(true);
  }, 60_000);

  it('killed in the middle of the harvest, a re-run goes on from the kept token and ends with the same shards', async () => {
    const clean = join(dir, 'clean');
    expect(await fetchInto(clean, '--delay', '0')).toBe(0);

    const killed = join(dir, 'killed');
    server.requests.length = 0;
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/corpus-fetch.ts', ...HARVEST, '--out', killed, '--base-url', server.oaiUrl, '--delay', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Page 1 is answered and kept; the request for page 2 never is, and the run is killed while it waits.
    await new Promise<void>(
      (resolve) =>
        (server.onRequest = (path) => {
          if (path !== TOKENS[0]) return;
          server.inject('hang');
          resolve();
        }),
    );
    server.onRequest = undefined;
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(await readdir(join(killed, '.arxiv', 'cs', 'oai_dc', '2021-03-20_2021-03-30'))).toEqual(['page-0001.xml']);
    await expect(stat(join(killed, '2021-03.json'))).rejects.toThrow();

    server.requests.length = 0;
    log = [];
    expect(await fetchInto(killed, '--delay', '0')).toBe(0);
    expect(server.requests.map((r) => r.path)).toEqual(TOKENS);
    expect(log).toContain('[cs 1/1] 2021-03-20 to 2021-03-30: going on from page 2 (token 6965856|1001)');
    expect(await readFile(join(killed, '2021-03.json'), 'utf8')).toBe(await readFile(join(clean, '2021-03.json'), 'utf8'));
  }, 60_000);

  it.each([
    ['truncated', /failed on page 2: the answer is not well-formed XML: it ends at line \d+ .* still open; the answer was probably cut off/],
    ['html', /failed on page 2: the answer is an HTML page \("arXiv is down for maintenance"\), not arXiv XML/],
    ['huge', /failed on page 2: the answer is larger than 16 MB, more than an arXiv page can be; the download was stopped there/],
    ['laughs', /failed on page 2: the answer declares XML entities \(<!ENTITY>\)/],
  ] as const)('a %s page fails the window by name, stores nothing, and a re-run completes it', async (fault, reason) => {
    const started = performance.now();
    // The first page is served whole; the fault hits the second.
    server.onRequest = (path) => {
      if (path === TOKENS[0]) server.inject(fault);
    };
    expect(await fetchInto(dir, '--delay', '0')).toBe(1);
    server.onRequest = undefined;
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(log.some((line) => /^ {2}- cs 2021-03-20 to 2021-03-30 /.test(line) && reason.test(line))).toBe(true);
    expect(log).toContain('errors: 1');
    await expect(stat(join(dir, '2021-03.json'))).rejects.toThrow();
    expect(manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))).shards).toEqual([]);

    log = [];
    server.requests.length = 0;
    expect(await fetchInto(dir, '--delay', '0')).toBe(0);
    expect(server.requests.map((r) => r.path)).toEqual(TOKENS);
    expect(new Set(await shardIds(dir)).size).toBe(2358);
  }, 60_000);
});

describe('corpus:fetch --source arxiv usage', () => {
  it.each([
    [['--source', 'arxiv', '--from', '2021-03-20', '--to', '2021-03-21'], '--category is required (e.g. --category cs.CL --category cs.LG, or a whole archive: --category cs)'],
    [['--source', 'arxiv', '--category', 'CS CL', '--from', '2021-03-20', '--to', '2021-03-21'], '--category CS CL is not an arXiv category like cs.CL, hep-th or math'],
    [['--source', 'arxiv', '--category', 'cs.CL', '--from', '2021-03-20', '--to', '2021-03-21', '--delay', '1000'], "--delay 1000 is below arXiv's published limit of one request every 3 seconds"],
    [['--source', 'arxiv', '--category', 'cs.CL', '--from', '2021-03-20', '--to', '2021-03-21', '--format', 'marc'], '--format marc is not one of arXiv, arXivRaw, oai_dc'],
    [['--source', 'ads', '--from', '2021-03-20', '--to', '2021-03-21'], '--source ads is not one of hf, arxiv'],
  ])('%j: %s', async (argv, message) => {
    const log: string[] = [];
    expect(await main(argv, (l) => log.push(l))).toBe(2);
    expect(log[0]).toBe(`corpus:fetch: ${message}`);
  });
});

describe('one paper on both sources', () => {
  it('keeps the Hugging Face record (day, upvotes) and adds what arXiv knows', () => {
    const base = { id: '2103.15814', title: 'T', abstract: 'A', authors: ['X'], links: {} };
    const hf: Paper = { ...base, date: '2021-03-31', upvotes: 12, links: { huggingface: 'https://huggingface.co/papers/2103.15814' } };
    const arxiv: Paper = { ...base, date: '2021-03-30', upvotes: 0, categories: ['cs.CV'], version: 2, doi: '10.1/x' };
    expect(mergeSources([hf], [arxiv, { ...arxiv, id: '2103.00001' }])).toEqual([{ ...hf, categories: ['cs.CV'], version: 2, doi: '10.1/x' }, { ...arxiv, id: '2103.00001' }]);
  });
});
