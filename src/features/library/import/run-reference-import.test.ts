import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { readRealPapers } from '../../../testing/real-papers.ts';
import { hasSharedCorpus, SHARED_CORPUS_SUITE } from '../../../testing/shared-corpus.ts';
import { createCollection } from '../../../db/library-repo.ts';
import { runReferenceImport } from './run-reference-import.ts';

const fixtures = join(import.meta.dirname, '../../../domain/library/reference-import/fixtures');
const fixture = (name: string) => new File([readFileSync(join(fixtures, name))], name);
const DAYS = ['2025-10-03', '2025-04-08', '2025-04-16', '2025-09-10', '2025-06-03', '2025-03-12'];

async function snapshot() {
  const db = getDb();
  return { bookmarks: await db.bookmarks.toArray(), collections: await db.collections.toArray(), items: await db.libraryItems.toArray() };
}

describe.skipIf(!hasSharedCorpus)(`importing Zotero-style files against the ${SHARED_CORPUS_SUITE}`, () => {
  beforeEach(async () => {
    await resetDbForTests();
    await upsertPapers(readRealPapers(DAYS));
  });

  it('a .bib (BOM, CRLF, TeX accents, "and others", multi-line fields, no title, a duplicate): 4 matched, 2 kept, 2 skipped', async () => {
    const outcome = await runReferenceImport({ file: fixture('zotero.bib'), target: { kind: 'new', name: 'From Zotero' } });
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    if (!outcome.ok) return;
    const { report } = outcome;
    expect(report).toMatchObject({ format: 'bibtex', matched: 4, newBookmarks: 4, unmatched: 2, newItems: 2, skipped: 2 });
    expect(report.problems).toEqual([
      { line: 67, entry: 'untitledNote2024', reason: 'has no title, and no arXiv id or DOI of a stored paper' },
      { line: 73, entry: 'cuiDuplicate2025', reason: 'the same work as cuiSelfForcingMinuteScaleHighQuality2025 (line 23)' },
    ]);
    const db = getDb();
    const collection = (await db.collections.toArray()).find((c) => c.name === 'From Zotero')!;
    const bookmarks = await db.bookmarks.toArray();
    expect(bookmarks.map((b) => b.paperId).sort()).toEqual(['2504.03790', '2504.10049', '2510.00446', '2510.02283']);
    expect(bookmarks.every((b) => b.collectionIds.includes(collection.id))).toBe(true);
    const items = await db.libraryItems.toArray();
    expect(items.map((i) => i.work.title).sort()).toEqual(['Attention Is All You Need', 'The Art of Computer Programming, Volume 1: Fundamental Algorithms']);
    const vaswani = items.find((i) => i.work.title.startsWith('Attention'))!;
    expect(vaswani.work).toMatchObject({ kind: 'paper-conference', authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'], issued: [2017], container: 'Advances in Neural Information Processing Systems' });
    expect(vaswani.collectionIds).toEqual([collection.id]);
  });

  it('a .ris (BOM, CRLF, TY PREPRINT, multi-line abstract, no title, an unclosed record): 3 matched, 1 kept, 2 skipped', async () => {
    const outcome = await runReferenceImport({ file: fixture('zotero.ris'), target: { kind: 'none' } });
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report).toMatchObject({ format: 'ris', matched: 3, unmatched: 1, skipped: 2 });
    expect(outcome.report.problems).toEqual([
      { line: 52, entry: 'record on line 52', reason: 'has no title, and no arXiv id or DOI of a stored paper' },
      { line: 58, entry: 'record on line 58', reason: 'the record has no closing "ER  -" line' },
    ]);
    expect((await getDb().bookmarks.toArray()).map((b) => b.paperId).sort()).toEqual(['2503.05978', '2506.01844', '2509.06818']);
    const [item] = await getDb().libraryItems.toArray();
    expect(item!.work).toMatchObject({ id: 'doi:10.1038/nature14539', title: 'Deep learning', kind: 'article', container: 'Nature', issued: [2015, 5, 28] });
  });

  it('importing the same file again adds nothing new and keeps what was there', async () => {
    const target = { kind: 'existing' as const, id: '' };
    const created = await createCollection('Reading');
    if (!created.ok) throw new Error(created.message);
    target.id = created.id;
    await runReferenceImport({ file: fixture('zotero.bib'), target });
    const before = await snapshot();
    const again = await runReferenceImport({ file: fixture('zotero.bib'), target });
    expect(again).toMatchObject({ ok: true, report: { matched: 4, newBookmarks: 0, unmatched: 2, newItems: 0 } });
    expect(await snapshot()).toEqual(before);
  });
});
