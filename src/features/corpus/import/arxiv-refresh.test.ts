import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { getPaper, listDatesWithPapers, listPapersByDay } from '../../../db/papers-repo.ts';
import { readArxivXml } from '../../../domain/corpus/arxiv/read-arxiv-xml.ts';
import { arxivApiDir, arxivOaiDir, arxivRssDir, hasArxivRecordings } from '../../../testing/shared-corpus.ts';
import { startArxivReplayServer, type ArxivReplayServer } from '../../../../scripts/lib/arxiv-replay-server.ts';
import { arxivRefresh } from './arxiv-refresh.ts';

const dirs = [arxivOaiDir, arxivApiDir, arxivRssDir];

/** A clock that only moves when slept on, so pacing is checked without waiting 3 s a request. */
function virtualClock() {
  let now = 0;
  const slept: number[] = [];
  return { now: () => now, slept, sleep: async (ms: number) => void (slept.push(ms), (now += ms)) };
}

describe.skipIf(!hasArxivRecordings)('arXiv live refresh from the recorded announcement feeds', () => {
  let server: ArxivReplayServer;
  beforeAll(async () => {
    server = await startArxivReplayServer({ dirs });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await resetDbForTests();
    server.requests.length = 0;
  });

  it('stores each followed category’s feed through the RSS adapter, one request every 3 s', async () => {
    const clock = virtualClock();
    const report = await arxivRefresh(server.url, ['cs.CL', 'cs.LG', 'cs.AI'], { emit: () => {}, sleep: clock.sleep, now: clock.now });
    expect(report.failed).toBeUndefined();
    expect(report.feeds).toEqual([
      { category: 'cs.CL', papers: 3, days: ['2026-04-27'] },
      { category: 'cs.LG', papers: 3, days: ['2026-04-27'] },
      { category: 'cs.AI', papers: 3, days: ['2026-04-27'] },
    ]);
    expect(server.requests.map((r) => r.path)).toEqual(['/rss/cs.CL', '/rss/cs.LG', '/rss/cs.AI']);
    // The first request goes at once; each later one waits out 3 s (plus the arrival margin).
    expect(clock.slept).toEqual([3050, 3050]);
    expect(await listDatesWithPapers()).toEqual(['2026-04-27']);
    const stored = await listPapersByDay('2026-04-27');
    expect(stored).toHaveLength(report.added);
    const expected = readArxivXml('cs.CL', readFileSync(join(arxivRssDir, 'distill__arxiv_cs_cl.xml'), 'utf8'));
    if (!expected.ok) throw new Error('unreadable recording');
    expect(await getPaper(expected.value.papers[0]!.id)).toEqual(expected.value.papers[0]);
  });

  it('retries a 503 after its Retry-After, within the rate limit', async () => {
    const clock = virtualClock();
    server.inject({ status: 503, retryAfter: '7' });
    const report = await arxivRefresh(server.url, ['cs.CL'], { emit: () => {}, sleep: clock.sleep, now: clock.now });
    expect(report.feeds).toEqual([{ category: 'cs.CL', papers: 3, days: ['2026-04-27'] }]);
    expect(clock.slept[0]).toBe(7000);
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['truncated', /the answer is not well-formed XML/],
    ['html', /html/i],
    ['huge', /larger than/],
    ['laughs', /declares XML entities/],
  ] as const)('a %s answer is a specific failure and changes nothing', async (fault, reason) => {
    const clock = virtualClock();
    server.inject(fault);
    const report = await arxivRefresh(server.url, ['cs.CL', 'cs.LG'], { emit: () => {}, sleep: clock.sleep, now: clock.now });
    expect(report.failed).toMatchObject({ category: 'cs.CL', blocked: false });
    expect(report.failed!.reason).toMatch(reason);
    expect(report.feeds).toEqual([]);
    expect(await listDatesWithPapers()).toEqual([]);
  });

  it('a category without a recording (404) stops the refresh and keeps the feeds before it', async () => {
    const clock = virtualClock();
    const report = await arxivRefresh(server.url, ['cs.CL', 'math.AG'], { emit: () => {}, sleep: clock.sleep, now: clock.now });
    expect(report.feeds.map((f) => f.category)).toEqual(['cs.CL']);
    expect(report.failed).toMatchObject({ category: 'math.AG', blocked: false });
    expect(report.failed!.reason).toMatch(/404/);
    expect(await listDatesWithPapers()).toEqual(['2026-04-27']);
  });

  it('a source out of reach is not called blocked', async () => {
    const clock = virtualClock();
    const report = await arxivRefresh('http://127.0.0.1:9', ['cs.CL'], { emit: () => {}, sleep: clock.sleep, now: clock.now });
    expect(report.failed).toMatchObject({ category: 'cs.CL', blocked: false });
    expect(report.failed!.reason).toMatch(/could not be reached/);
  });

  it('refuses an address that is not http(s) and a word that is no category, before any request', async () => {
    await expect(arxivRefresh('javascript:alert(1)', ['cs.CL'], { emit: () => {} })).rejects.toThrow(/not an http\(s\) address/);
    await expect(arxivRefresh(server.url, ['cs.CL', '../etc'], { emit: () => {} })).rejects.toThrow(/"..\/etc" is not an arXiv category/);
    expect(server.requests).toHaveLength(0);
  });
});
