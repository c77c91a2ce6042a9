import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SHIPPED_V1, writeShippedLibrary } from '../testing/shipped-schema.ts';
import { makePaper } from '../testing/make-paper.ts';
import { PaperfeedDb } from './database.ts';
import { listBookmarks, listCollections, listNotes } from './library-repo.ts';

const NAME = 'paperfeed-upgrade-test';
afterEach(() => Dexie.delete(NAME));

describe('schema upgrades keep the library', () => {
  it('a database created at version 1 opens at the current version with bookmarks, collections, notes and reads intact', async () => {
    const paper = makePaper({ title: 'Kept across upgrades' });
    await writeShippedLibrary(NAME, paper, 1);

    const current = new PaperfeedDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThan(1);
    expect(await current.bookmarks.toArray()).toEqual([{ paperId: paper.id, createdAt: 2, snapshot: paper, collectionIds: ['c1'] }]);
    expect(await current.collections.toArray()).toEqual([{ id: 'c1', name: 'Reading group', createdAt: 1 }]);
    expect(await current.notes.toArray()).toEqual([{ paperId: paper.id, text: 'A note', updatedAt: 3 }]);
    expect(await current.reads.toArray()).toEqual([{ paperId: paper.id, readAt: 4 }]);
    // The indexes the library reads by still answer after the upgrade.
    expect(await current.bookmarks.where('collectionIds').equals('c1').count()).toBe(1);
    current.close();
  });

  it('the current version still declares every library table with its original keys', () => {
    const db = new PaperfeedDb(NAME);
    for (const [table, spec] of Object.entries(SHIPPED_V1).filter(([t]) => ['bookmarks', 'collections', 'notes', 'reads'].includes(t))) {
      const schema = db.tables.find((t) => t.name === table)?.schema;
      expect(schema, table).toBeDefined();
      expect(schema!.primKey.src, table).toBe(spec.split(',')[0]!.trim().replace('&', ''));
      for (const index of spec.split(',').slice(1)) {
        expect(schema!.indexes.map((i) => i.src), table).toContain(index.trim());
      }
    }
  });

  it('repo reads work on the shared connection', async () => {
    expect(await listBookmarks()).toEqual([]);
    expect(await listCollections()).toEqual([]);
    expect(await listNotes()).toEqual([]);
  });
});
