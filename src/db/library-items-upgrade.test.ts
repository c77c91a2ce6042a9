import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { writeShippedLibrary } from '../testing/shipped-schema.ts';
import { makePaper } from '../testing/make-paper.ts';
import { PaperfeedDb } from './database.ts';

const NAME = 'paperfeed-items-upgrade-test';
afterEach(() => Dexie.delete(NAME));

describe('version 5 (libraryItems) on a database written by the schema before it', () => {
  it('keeps every library row and adds an empty libraryItems table', async () => {
    const paper = makePaper({ title: 'Kept across the upgrade' });
    await writeShippedLibrary(NAME, paper, 2);

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
