import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../domain/library/backup-format.ts';
import { injectQuotaError } from '../testing/inject-quota-error.ts';
import { makePaper } from '../testing/make-paper.ts';
import { getDb, resetDbForTests } from './database.ts';
import {
  createCollection,
  deleteCollection,
  getBookmark,
  importLibrary,
  listBookmarks,
  listCollections,
  readLibrary,
  renameCollection,
  saveNote,
  setInCollection,
  toggleBookmark,
} from './library-repo.ts';
import { getPaper, upsertPapers } from './papers-repo.ts';
import { markRead } from './read-state-repo.ts';
import { StorageError } from './storage-error.ts';

beforeEach(resetDbForTests);

/** 2025-01-01: library timestamps are real moments (a backup refuses others). */
const T0 = Date.UTC(2025, 0, 1);

async function fillLibrary() {
  const papers = [makePaper({ title: 'Ünïcode & $math$' }), makePaper(), makePaper()];
  for (const [i, paper] of papers.entries()) await toggleBookmark(paper, T0 + 100 + i);
  const made = await createCollection('Reading group', T0 + 1);
  if (!made.ok) throw new Error(made.message);
  await setInCollection(papers[0]!.id, made.id, true);
  await setInCollection(papers[1]!.id, made.id, true);
  await saveNote(papers[0]!.id, 'Check the proofs', T0 + 200);
  await markRead(papers[2]!.id, T0 + 300);
  return { papers, collectionId: made.id };
}

describe('bookmarks', () => {
  it('toggles, keeps a snapshot, lists newest first and says which was first', async () => {
    const [a, b] = [makePaper(), makePaper()];
    expect(await toggleBookmark(a!, 1)).toEqual({ bookmarked: true, first: true });
    expect(await toggleBookmark(b!, 2)).toEqual({ bookmarked: true, first: false });
    expect((await listBookmarks()).map((x) => x.paperId)).toEqual([b!.id, a!.id]);
    expect((await getBookmark(a!.id))?.snapshot).toEqual(a);
    expect(await toggleBookmark(a!)).toEqual({ bookmarked: false, first: false });
    expect(await getBookmark(a!.id)).toBeUndefined();
  });

  it('outlives its paper leaving the corpus', async () => {
    const paper = makePaper({ id: '2510.99999', title: 'Soon gone' });
    await upsertPapers([paper]);
    await toggleBookmark(paper);
    // A later corpus without the paper: its day rows are replaced, the library is not touched.
    const db = getDb();
    await db.transaction('rw', db.days, db.paperDays, async () => {
      await db.days.clear();
      await db.paperDays.clear();
    });
    await upsertPapers([makePaper({ id: '2510.11111' })]);
    expect(await getPaper(paper.id)).toBeUndefined();
    expect((await listBookmarks()).map((b) => b.snapshot)).toEqual([paper]);
  });
});

describe('collections', () => {
  it('refuses blank and duplicate names, renames, and deletes without unbookmarking', async () => {
    const { papers, collectionId } = await fillLibrary();
    expect(await createCollection('  ')).toEqual({ ok: false, message: 'A collection needs a name.' });
    expect(await createCollection('reading GROUP')).toEqual({ ok: false, message: 'There is already a collection named "Reading group".' });
    expect(await renameCollection(collectionId, 'Group')).toEqual({ ok: true, id: collectionId });
    expect((await listCollections()).map((c) => c.name)).toEqual(['Group']);
    await deleteCollection(collectionId);
    expect(await listCollections()).toEqual([]);
    expect((await getBookmark(papers[0]!.id))?.collectionIds).toEqual([]);
  });
});

describe('backup round trip', () => {
  it('export, clear, import restores an equal library', async () => {
    await fillLibrary();
    const before = await readLibrary();
    const text = JSON.stringify(createBackup(before, new Date()));
    await resetDbForTests();
    expect(await readLibrary()).toEqual({ bookmarks: [], collections: [], notes: [], reads: [], signals: [], follows: [], mutes: [] });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const { added } = await importLibrary(parsed.backup);
    expect(added).toEqual({ bookmarks: 3, collections: 1, notes: 1, reads: 1, follows: 0, mutes: 0 });
    expect(await readLibrary()).toEqual(before);
  });

  it('importing the same backup twice adds nothing', async () => {
    await fillLibrary();
    const before = await readLibrary();
    const result = await importLibrary(before);
    expect(result.added).toEqual({ bookmarks: 0, collections: 0, notes: 0, reads: 0, follows: 0, mutes: 0 });
    expect(await readLibrary()).toEqual(before);
  });

  it('stores nothing when the disk is full part-way through', async () => {
    await fillLibrary();
    const before = await readLibrary();
    const incoming = { ...before, collections: [{ id: 'new', name: 'New', createdAt: 5 }], bookmarks: [{ ...before.bookmarks[0]!, paperId: '2510.77777' }] };
    const remove = await injectQuotaError(getDb(), 'notes');
    incoming.notes = [{ paperId: '2510.77777', text: 'x', updatedAt: 1 }];
    await expect(importLibrary(incoming)).rejects.toMatchObject({ code: 'quota' });
    await expect(importLibrary(incoming)).rejects.toBeInstanceOf(StorageError);
    await remove();
    expect(await readLibrary()).toEqual(before);
  });
});
