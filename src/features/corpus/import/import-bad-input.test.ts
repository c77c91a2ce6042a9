import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { getPaper } from '../../../db/papers-repo.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { makeCorpusFetch, makeCorpusFiles } from '../../../testing/corpus-server.ts';
import { putBookmarkForTests } from '../../../testing/library-fixtures.ts';
import { syncCorpus } from './sync-corpus.ts';

/**
 * Bad input through the whole import (fetch, adapter, Dexie): a precise message, and the
 * database afterwards equal to before plus only the valid papers.
 */
const BASE = 'http://corpus.test/';
const stored = makePaper({ id: '2509.00001', date: '2025-09-30' });
const fresh = [makePaper({ id: '2510.00001', date: '2025-10-01' }), makePaper({ id: '2510.00002', date: '2025-10-02' })];

async function snapshot() {
  const db = getDb();
  return {
    days: await db.days.toArray(),
    shards: await db.shards.toArray(),
    bookmarks: await db.bookmarks.toArray(),
    locations: await db.paperDays.toArray(),
  };
}

/** Stores one month and a bookmark, then syncs a corpus whose October shard is `shard`. */
async function syncWithOctober(shard: unknown) {
  await syncCorpus(BASE, { emit: () => {}, fetchImpl: makeCorpusFetch(makeCorpusFiles([stored]), BASE) });
  await putBookmarkForTests(stored);
  const before = await snapshot();
  const files = makeCorpusFiles([stored, ...fresh]);
  files.set('2025-10.json', typeof shard === 'string' ? shard : JSON.stringify(shard));
  const report = await syncCorpus(BASE, { emit: () => {}, fetchImpl: makeCorpusFetch(files, BASE) });
  return { before, report };
}

function octoberWith(mutate: (papers: Record<string, unknown>[]) => void) {
  const papers = structuredClone(fresh) as unknown as Record<string, unknown>[];
  mutate(papers);
  return { format: 'paperfeed-shard', version: 1, month: '2025-10', papers };
}

beforeEach(resetDbForTests);

describe('a file invalid as a whole changes nothing', () => {
  it('not JSON', async () => {
    const { before, report } = await syncWithOctober('{"format": "paperfeed-shard", "papers": [ {');
    expect(report.fileErrors).toEqual([{ file: '2025-10.json', reason: expect.stringMatching(/^is not valid JSON/) }]);
    expect(await snapshot()).toEqual(before);
  });

  it('JSON of the wrong shape', async () => {
    const { before, report } = await syncWithOctober({ papers: 'none' });
    expect(report.fileErrors).toEqual([{ file: '2025-10.json', reason: expect.stringMatching(/^is not a paperfeed shard: format/) }]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('an entry invalid alone is skipped and reported; the rest arrives', () => {
  const cases: [string, (papers: Record<string, unknown>[]) => void, string, RegExp][] = [
    ['an entry with no title', (p) => delete p[0]!.title, 'title', /must be string \(missing\)/],
    ['upvotes of the wrong type', (p) => (p[0]!.upvotes = '12'), 'upvotes', /must be number/],
    ['the date 2025-02-30', (p) => (p[0]!.date = '2025-02-30'), 'date', /real calendar date/],
    ['a 5 MB abstract', (p) => (p[0]!.abstract = 'x'.repeat(5 * 1024 * 1024)), 'abstract', /longer than 20,000 characters/],
  ];
  it.each(cases)('%s', async (_name, mutate, field, reason) => {
    const { before, report } = await syncWithOctober(octoberWith(mutate));
    expect(report.skipped).toEqual([expect.objectContaining({ file: '2025-10.json', entry: 0, id: '2510.00001', field, severity: 'skipped' })]);
    expect(report.skipped[0]!.reason).toMatch(reason);
    expect(await getPaper('2510.00001')).toBeUndefined();
    expect(await getPaper('2510.00002')).toEqual(fresh[1]);
    const after = await snapshot();
    expect(after.bookmarks).toEqual(before.bookmarks);
    expect(after.days.find((d) => d.date === stored.date)).toEqual(before.days[0]);
  });
});

describe('unsafe or hostile values', () => {
  it('drops a javascript: link, reports it, and keeps the paper', async () => {
    const { report } = await syncWithOctober(octoberWith((p) => ((p[0]!.links as Record<string, string>).code = 'javascript:alert(1)')));
    expect(report.fixed).toEqual([expect.objectContaining({ entry: 0, field: 'links.code', severity: 'fixed' })]);
    const paper = await getPaper('2510.00001');
    expect(paper?.links.code).toBeUndefined();
    expect(paper?.links.arxiv).toBe(fresh[0]!.links.arxiv);
  });

  it('keeps a <script> in a title as plain text', async () => {
    const title = 'Attack <script>alert("x")</script> & defence';
    await syncWithOctober(octoberWith((p) => (p[0]!.title = title)));
    expect((await getPaper('2510.00001'))?.title).toBe(title);
  });
});
