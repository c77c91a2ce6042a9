import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import { comparePapersByUpvotes } from '../domain/feed/paper-order.ts';
import { createSegmentBuilder } from '../domain/search/build-segment.ts';
import { parseQuery } from '../domain/search/query-parser.ts';
import { SearchIndex } from '../domain/search/search-index.ts';
import { AbstractCache, type AbstractRef } from '../features/search/api/abstract-cache.ts';
import { presentHits } from '../features/search/api/present-hits.ts';
import { SearchService } from '../features/search/api/search-service.ts';
import type { SearchEvent } from '../features/search/api/search-protocol.ts';
import { readRealPapers } from '../testing/real-papers.ts';
import { hasSharedCorpus, SHARED_CORPUS_SUITE } from '../testing/shared-corpus.ts';
import { openShippedV8, writeShippedV8Papers } from '../testing/shipped-v8.ts';
import { DB_NAME, getDb, resetDbForTests } from './database.ts';
import { listDaysBetween } from './papers-repo.ts';

/** Twenty fixed queries: words, phrases (they read abstracts), a typo, filters by field. */
const QUERIES = [
  'diffusion',
  'large language models',
  'reinforcement learning',
  'vision transformer',
  '"chain of thought"',
  'benchmark reasoning',
  'mixture of experts',
  'video generation',
  'retrieval augmented generation',
  'speech recognition',
  'agents',
  'quantization',
  'gaussian splatting',
  'multimodal',
  'code generation',
  'reward model',
  'tokenizer',
  'robot manipulation',
  'difusion modle',
  '"in-context learning"',
];

const TABLES = ['bookmarks', 'collections', 'notes', 'reads', 'signals', 'follows', 'mutes', 'libraryItems'] as const;

describe.skipIf(!hasSharedCorpus)(`version 9 (abstracts in their own table) on a database written by version 8, ${SHARED_CORPUS_SUITE}`, () => {
  let papers: Paper[];
  const library: Record<string, unknown[]> = {};

  beforeAll(async () => {
    await resetDbForTests();
    papers = readRealPapers();
    const old = openShippedV8(DB_NAME);
    await writeShippedV8Papers(old, papers);
    const [a, b, c] = papers;
    await old.table('collections').bulkAdd([{ id: 'c1', name: 'Reading group', createdAt: 1 }, { id: 'c2', name: 'Later', createdAt: 2 }]);
    await old.table('bookmarks').bulkAdd([
      { paperId: a!.id, createdAt: 3, snapshot: a, collectionIds: ['c1'] },
      { paperId: b!.id, createdAt: 4, snapshot: b, collectionIds: ['c1', 'c2'] },
    ]);
    await old.table('notes').bulkAdd([{ paperId: a!.id, text: 'A note', updatedAt: 5 }, { paperId: c!.id, text: 'Ünïcode ∑ note', updatedAt: 6 }]);
    await old.table('reads').bulkAdd(papers.slice(0, 50).map((p, i) => ({ paperId: p.id, readAt: 100 + i })));
    await old.table('signals').bulkAdd([{ paperId: a!.id, kind: 'more', createdAt: 7 }, { paperId: c!.id, kind: 'less', createdAt: 8 }]);
    await old.table('follows').bulkAdd([
      { id: `author:${a!.authors[0]}`, kind: 'author', target: a!.authors[0], label: a!.authors[0], createdAt: 9 },
      { id: 'search:q=diffusion', kind: 'search', target: 'q=diffusion', label: 'diffusion', createdAt: 10 },
    ]);
    await old.table('mutes').bulkAdd([{ id: 'word:crypto', kind: 'word', value: 'crypto', createdAt: 11 }]);
    await old.table('libraryItems').bulkAdd([{ id: 'doi:10.1/x', createdAt: 12, work: { id: 'doi:10.1/x', kind: 'article', title: 'X', authors: [] }, collectionIds: ['c2'] }]);
    for (const table of TABLES) library[table] = await old.table(table).toArray();
    old.close();
  }, 120_000);

  afterAll(resetDbForTests);

  it('keeps every paper whole, every abstract once (in its page, not in the row), and every library row', async () => {
    expect(papers.length).toBeGreaterThanOrEqual(5_000);
    const db = getDb();
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(9);
    for (const table of TABLES) expect(await db.table(table).toArray(), table).toEqual(library[table]);

    const stored = new Map((await listDaysBetween('0000-01-01', '9999-12-31')).flatMap((row) => row.papers.map((p) => [p.id, p] as const)));
    expect(stored.size).toBe(papers.length);
    for (const paper of papers) expect(stored.get(paper.id), paper.id).toEqual(paper);

    const pages = await db.abstracts.toArray();
    expect(pages.reduce((n, page) => n + page.texts.length, 0)).toBe(papers.length);
    const raw = await db.days.toCollection().primaryKeys();
    expect(raw.length).toBeGreaterThan(0);
    // The old derived copies are gone; the stale index record is not served (its version is not the papers').
    expect(await db.searchIndex.where('key').startsWith('abstracts/').count()).toBe(0);
  }, 120_000);

  it('answers 20 fixed queries exactly as an index of the original papers does', async () => {
    const expected = await searchInMemory(papers);
    const events: SearchEvent[] = [];
    const service = new SearchService((event) => events.push(event));
    try {
      let answered = 0;
      for (const text of QUERIES) {
        const response = await service.search({ text, filters: {}, sort: 'relevance', limit: 20 });
        if (response.hits.length) answered++;
        expect({ total: response.total, hits: response.hits }, text).toEqual(expected.get(text));
      }
      // Not vacuous: nearly every query finds papers (with excerpts read from the pages).
      expect(answered).toBeGreaterThanOrEqual(18);
      // Built, not restored: the record version 8 left was built against its fingerprint.
      expect(events.some((e) => e.type === 'status' && e.status.state === 'ready' && e.status.source === 'built')).toBe(true);
    } finally {
      service.dispose();
    }
  }, 300_000);
});

/** The oracle: the same index code over the original papers, abstracts from memory. */
async function searchInMemory(papers: readonly Paper[]) {
  const byDay = new Map<string, Paper[]>();
  for (const paper of papers) byDay.set(paper.date, [...(byDay.get(paper.date) ?? []), paper]);
  const builder = createSegmentBuilder();
  for (const date of [...byDay.keys()].sort()) [...byDay.get(date)!].sort(comparePapersByUpvotes).forEach(builder.add);
  const index = new SearchIndex([{ segment: builder.finish(), retired: [] }]);
  const abstracts = new Map(papers.map((p) => [p.id, p.abstract]));
  const cache = new AbstractCache(async (refs: readonly AbstractRef[]) => new Map(refs.map((r) => [r.id, abstracts.get(r.id) ?? ''])));
  const out = new Map<string, unknown>();
  for (const text of QUERIES) {
    const parsed = parseQuery(text);
    const outcome = index.search(parsed, { filters: {}, sort: 'relevance', limit: 20 });
    const { hits, total } = await presentHits(index, outcome, parsed, 20, cache);
    out.set(text, { total, hits });
  }
  return out;
}
