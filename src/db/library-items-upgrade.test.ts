import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SHIPPED_V1 } from '../testing/shipped-schema.ts';
import { makePaper } from '../testing/make-paper.ts';
import { PaperfeedDb } from './database.ts';

/** The schema as it stood before version 5 (versions 1 and 2 as shipped): never change this copy. */
const BEFORE = SHIPPED_V1;

const NAME = 'paperfeed-items-upgrade-test';
afterEach(() => Dexie.delete(NAME));

describe('version 5 (libraryItems) on a database written by the schema before it', () => {
  it('keeps every library row and adds an empty libraryItems table', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(BEFORE);
    old.version(2).stores({ searchIndex: '&key' });
    const paper = makePaper({ title: 'Kept across the upgrade' });
    await old.table('collections').add({ id: 'c1', name: 'Reading group', createdAt: 1 });
    await old.table('bookmarks').add({ paperId: paper.id, createdAt: 2, snapshot: paper, collectionIds: ['c1'] });
    await old.table('notes').add({ paperId: paper.id, text: 'A note', updatedAt: 3 });
    await old.table('reads').add({ paperId: paper.id, readAt: 4 });
    old.close();

    const current = new PaperfeedDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(5);
    expect(await current.bookmarks.toArray()).toEqual([{ paperId: paper.id, createdAt: 2, snapshot: paper, collectionIds: ['c1'] }]);
    expect(await current.collections.count()).toBe(1);
    expect(await current.notes.count()).toBe(1);
    expect(await current.reads.count()).toBe(1);
    expect(await current.libraryItems.count()).toBe(0);
    await current.libraryItems.add({ id: 'doi:10.1/x', createdAt: 5, work: { id: 'doi:10.1/x', kind: 'article', title: 'X', authors: [] }, collectionIds: ['c1'] });
    expect(await current.libraryItems.get('doi:10.1/x')).toMatchObject({ collectionIds: ['c1'] });
    current.close();
  });
});
