import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { countPapers, listDatesWithPapers } from '../../../db/papers-repo.ts';
import { onPapersChanged } from '../../../db/papers-changed.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { makeCorpusFetch, makeCorpusFiles } from '../../../testing/corpus-server.ts';
import { putBookmarkForTests } from '../../../testing/library-fixtures.ts';
import { injectQuotaError } from '../../../testing/inject-quota-error.ts';
import type { ImportEvent } from './import-protocol.ts';
import { ImportFailure, syncCorpus } from './sync-corpus.ts';

const BASE = 'http://corpus.test/';
const papers = [
  makePaper({ id: '2509.00001', date: '2025-09-30', upvotes: 3 }),
  makePaper({ id: '2510.00001', date: '2025-10-01', upvotes: 7 }),
  makePaper({ id: '2510.00002', date: '2025-10-02', upvotes: 1 }),
];

async function sync(files: Map<string, string>, events: ImportEvent[] = [], signal?: AbortSignal) {
  return syncCorpus(BASE, { emit: (e) => events.push(e), fetchImpl: makeCorpusFetch(files, BASE), signal });
}

async function snapshot() {
  const db = getDb();
  return { days: await db.days.toArray(), shards: await db.shards.toArray(), bookmarks: await db.bookmarks.toArray() };
}

beforeEach(resetDbForTests);

describe('syncCorpus', () => {
  it('imports every shard on the first visit, with progress up to the total', async () => {
    const events: ImportEvent[] = [];
    const report = await sync(makeCorpusFiles(papers), events);
    expect(report).toMatchObject({ added: 3, filesImported: 2, filesUnchanged: 0, fileErrors: [] });
    expect(events[0]).toEqual({ type: 'started', total: 3, files: 2 });
    const last = events.filter((e) => e.type === 'progress').at(-1);
    expect(last).toMatchObject({ progress: { done: 3, total: 3 } });
    expect(await countPapers()).toBe(3);
  });

  it('on a first visit, commits the newest day alone before the rest of its month, and counts each paper once', async () => {
    const announced: string[][] = [];
    const stop = onPapersChanged(({ dates }) => announced.push(dates));
    try {
      const report = await sync(makeCorpusFiles(papers));
      expect(report).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
      await expect.poll(() => announced.length).toBeGreaterThanOrEqual(3);
      // The newest day first (its own transaction), then the rest of October, then September.
      expect(announced.slice(0, 3)).toEqual([['2025-10-02'], ['2025-10-01'], ['2025-09-30']]);
    } finally {
      stop();
    }
  });

  it('on a resumed import, writes a month in one transaction: an unrecorded month holds no papers', async () => {
    await sync(makeCorpusFiles(papers.filter((paper) => paper.date < '2025-10-01')));
    const announced: string[][] = [];
    const stop = onPapersChanged(({ dates }) => announced.push(dates));
    try {
      expect(await sync(makeCorpusFiles(papers))).toMatchObject({ added: 2, updated: 0 });
      await expect.poll(() => announced.length).toBeGreaterThanOrEqual(1);
      expect([...announced[0]!].sort()).toEqual(['2025-10-01', '2025-10-02']);
    } finally {
      stop();
    }
  });

  it('leaves a demo corpus out once the reader replaced it with real papers, and only a demo one', async () => {
    const skip = (files: Map<string, string>) => syncCorpus(BASE, { emit: () => {}, fetchImpl: makeCorpusFetch(files, BASE), skipDemo: true });
    expect(await skip(makeCorpusFiles(papers, { demo: true }))).toMatchObject({ added: 0, filesImported: 0 });
    expect(await countPapers()).toBe(0);
    expect(await skip(makeCorpusFiles(papers))).toMatchObject({ added: 3, filesImported: 2 });
  });

  it('stores a paper listed in two shards once, on its earlier day, on a first import', async () => {
    const twice = [makePaper({ id: '2505.16968', date: '2025-05-27' }), makePaper({ id: '2505.16968', date: '2025-06-05' })];
    const report = await sync(makeCorpusFiles(twice));
    expect(report.added).toBe(1);
    expect(await listDatesWithPapers()).toEqual(['2025-05-27']);
    expect(await countPapers()).toBe(1);
  });

  it('imports nothing on a later visit when no hash changed', async () => {
    const files = makeCorpusFiles(papers);
    await sync(files);
    const events: ImportEvent[] = [];
    const report = await sync(files, events);
    expect(report).toMatchObject({ added: 0, filesImported: 0, filesUnchanged: 2 });
    expect(events).toEqual([]);
  });

  it('imports only the shard whose hash changed, and keeps bookmarks', async () => {
    await sync(makeCorpusFiles(papers));
    await putBookmarkForTests(papers[1]!);
    const changed = papers.map((p) => (p.id === '2510.00001' ? { ...p, upvotes: 70 } : p));
    const files = makeCorpusFiles(changed);
    const report = await sync(files);
    expect(report).toMatchObject({ updated: 1, unchanged: 1, filesImported: 1, filesUnchanged: 1 });
    expect(await getDb().bookmarks.count()).toBe(1);
    expect(await countPapers()).toBe(3);
  });

  it('refuses a shard that is not JSON, names it, and imports the others', async () => {
    const files = makeCorpusFiles(papers);
    files.set('2025-10.json', '{"format": "paperfeed-shard", "papers": [');
    const report = await sync(files);
    expect(report.fileErrors).toEqual([{ file: '2025-10.json', reason: expect.stringMatching(/is not valid JSON/) }]);
    expect(await listDatesWithPapers()).toEqual(['2025-09-30']);
    expect(await getDb().shards.count()).toBe(1);
  });

  it('skips an invalid entry alone and reports file, entry, field and reason', async () => {
    const files = makeCorpusFiles(papers);
    const shard = JSON.parse(files.get('2025-10.json')!);
    shard.papers[1].upvotes = 'many';
    files.set('2025-10.json', JSON.stringify(shard));
    const report = await sync(files);
    expect(report.skipped).toEqual([
      expect.objectContaining({ file: '2025-10.json', entry: 1, id: '2510.00002', field: 'upvotes', severity: 'skipped' }),
    ]);
    expect(await countPapers()).toBe(2);
  });

  it('fails on a manifest of the wrong shape and changes nothing', async () => {
    await sync(makeCorpusFiles(papers));
    const before = await snapshot();
    const files = makeCorpusFiles(papers);
    files.set('manifest.json', JSON.stringify({ format: 'something-else' }));
    await expect(sync(files)).rejects.toMatchObject({ code: 'bad-manifest', message: expect.stringMatching(/manifest.json is not a paperfeed manifest: format/) });
    expect(await snapshot()).toEqual(before);
  });

  it('reports an unreachable corpus as such', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(syncCorpus(BASE, { emit: () => {}, fetchImpl: failing })).rejects.toBeInstanceOf(ImportFailure);
  });

  it('on storage full, fails with a quota error and leaves the store as it was', async () => {
    await sync(makeCorpusFiles(papers.slice(0, 1)));
    await putBookmarkForTests(papers[0]!);
    const before = await snapshot();
    const restore = await injectQuotaError(getDb(), 'days');
    try {
      await expect(sync(makeCorpusFiles(papers))).rejects.toMatchObject({ code: 'quota', message: expect.stringMatching(/Storage is full/) });
    } finally {
      await restore();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('stops when cancelled and keeps whole shards only', async () => {
    const controller = new AbortController();
    const events: ImportEvent[] = [];
    const emitThenCancel = (e: ImportEvent) => {
      events.push(e);
      if (e.type === 'progress' && e.progress.label.startsWith('Stored')) controller.abort();
    };
    await expect(
      syncCorpus(BASE, { emit: emitThenCancel, fetchImpl: makeCorpusFetch(makeCorpusFiles(papers), BASE), signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(await getDb().shards.count()).toBe(1);
    // Newest month first, so the feed opens on the newest day while older months land.
    expect(await listDatesWithPapers()).toEqual(['2025-10-01', '2025-10-02']);
  });
});
