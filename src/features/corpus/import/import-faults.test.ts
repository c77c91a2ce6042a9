import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { readLibrary, saveNote, toggleBookmark } from '../../../db/library-repo.ts';
import { countPapers } from '../../../db/papers-repo.ts';
import { QUOTA_MESSAGE } from '../../../db/storage-error.ts';
import { makeCorpusFetch, makeCorpusFiles } from '../../../testing/corpus-server.ts';
import { injectQuotaError } from '../../../testing/inject-quota-error.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import type { ImportEvent } from './import-protocol.ts';
import { runImport } from './run-import.ts';
import { syncCorpus } from './sync-corpus.ts';

/**
 * Issue #16, faults during the start-up import, through the real import code and real
 * Dexie on fake-indexeddb: the library afterwards equals the library before, and every
 * shard is whole (recorded with all its papers, or absent with none).
 */
const BASE = 'http://corpus.test/';
const papers = ['2025-07', '2025-08', '2025-09', '2025-10'].flatMap((month, m) =>
  [1, 2, 3].map((d) => makePaper({ id: `25${String(7 + m).padStart(2, '0')}.0000${d}`, date: `${month}-0${d}`, upvotes: d })),
);
const files = makeCorpusFiles(papers);

async function makeLibrary() {
  await toggleBookmark(papers[0]!, 10);
  await toggleBookmark(papers[5]!, 11);
  await saveNote(papers[0]!.id, 'Read section 3', 12);
  return readLibrary();
}

/** Months whose papers are stored, and months recorded as imported: equal when every shard is whole. */
async function shardsAndMonths() {
  const db = getDb();
  const months = new Map<string, number>();
  for (const row of await db.days.toArray()) months.set(row.date.slice(0, 7), (months.get(row.date.slice(0, 7)) ?? 0) + row.papers.length);
  const shards = await db.shards.toArray();
  return { recorded: shards.map((s) => `${s.month}:${s.count}`).sort(), stored: [...months].map(([m, n]) => `${m}:${n}`).sort() };
}

/** The network drops after `reachable` shard requests: fetch rejects as a browser's does offline. */
function dropsAfter(reachable: number): typeof fetch {
  const online = makeCorpusFetch(files, BASE);
  let shards = 0;
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).endsWith('manifest.json') || shards++ < reachable) return online(input, init);
    throw new TypeError('Failed to fetch');
  }) as typeof fetch;
}

beforeEach(resetDbForTests);

describe('offline mid-import (item 12)', () => {
  it('leaves the shards it could not fetch pending, says so, and fetches only them once back online', async () => {
    const library = await makeLibrary();
    const report = await syncCorpus(BASE, { emit: () => {}, fetchImpl: dropsAfter(2) });
    expect(report.pending).toEqual([
      { file: '2025-08.json', reason: 'could not be fetched (Failed to fetch)' },
      { file: '2025-07.json', reason: 'could not be fetched (Failed to fetch)' },
    ]);
    expect(report.fileErrors).toEqual([]);
    const partial = await shardsAndMonths();
    expect(partial.recorded).toEqual(['2025-09:3', '2025-10:3']);
    expect(partial.stored).toEqual(partial.recorded);

    const events: ImportEvent[] = [];
    const resumed = await syncCorpus(BASE, { emit: (e) => events.push(e), fetchImpl: makeCorpusFetch(files, BASE) });
    expect(resumed).toMatchObject({ filesImported: 2, filesUnchanged: 2, added: 6, pending: [] });
    expect(events[0]).toEqual({ type: 'started', total: 6, files: 2 });
    const whole = await shardsAndMonths();
    expect(whole.recorded).toEqual(['2025-07:3', '2025-08:3', '2025-09:3', '2025-10:3']);
    expect(whole.stored).toEqual(whole.recorded);
    expect(await countPapers()).toBe(12);
    expect(await readLibrary()).toEqual(library);
  });

  it('treats a server that answers 503 as pending too, and a missing file (404) as refused', async () => {
    const flaky = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.endsWith('2025-09.json')) return new Response('busy', { status: 503 });
      if (url.endsWith('2025-08.json')) return new Response('gone', { status: 404 });
      return makeCorpusFetch(files, BASE)(input, init);
    }) as typeof fetch;
    const report = await syncCorpus(BASE, { emit: () => {}, fetchImpl: flaky });
    expect(report.pending).toEqual([{ file: '2025-09.json', reason: 'answered 503' }]);
    expect(report.fileErrors).toEqual([{ file: '2025-08.json', reason: 'answered 404' }]);
  });
});

describe('storage full (item 13)', () => {
  it('reports the same clear message when the next start fails on its first write, and changes nothing', async () => {
    const library = await makeLibrary();
    await syncCorpus(BASE, { emit: () => {}, fetchImpl: makeCorpusFetch(makeCorpusFiles(papers.slice(9)), BASE) });
    const before = await shardsAndMonths();
    // A full disk: every write fails, the metadata written before the shard loop included.
    const restore = await injectQuotaError(getDb(), ['meta', 'days', 'paperDays', 'shards', 'bookmarks', 'notes', 'reads', 'collections']);
    const events: ImportEvent[] = [];
    try {
      await runImport({ type: 'sync-corpus', baseUrl: BASE }, (e) => events.push(e), new AbortController().signal, makeCorpusFetch(files, BASE));
    } finally {
      await restore();
    }
    const failures = events.filter((e) => e.type === 'failed');
    expect(failures).toEqual([{ type: 'failed', code: 'quota', message: QUOTA_MESSAGE }]);
    expect(await shardsAndMonths()).toEqual(before);
    expect(await readLibrary()).toEqual(library);
  });
});
