import Dexie from 'dexie';
import type { Paper } from '../domain/corpus/paper-schema.ts';

/**
 * The Dexie schema as versions 1 and 2 shipped it, for upgrade tests that write a database
 * the way an older release did. Never change these: they are what old browsers hold.
 */
export const SHIPPED_V1 = {
  days: '&date, *orgs',
  paperDays: '&bucket',
  bookmarks: '&paperId, createdAt, *collectionIds',
  collections: '&id, name',
  notes: '&paperId, updatedAt',
  reads: '&paperId, readAt',
  shards: '&key, source',
  meta: '&key',
} as const;

/** What version 2 added (the persisted search index). */
export const SHIPPED_V2_ADDS = { searchIndex: '&key' } as const;


/**
 * Writes a library the way a release at `version` (1 or 2) stored it: a collection `c1`,
 * `paper` bookmarked into it, a note and a read mark (timestamps 1 to 4), then closes.
 */
export async function writeShippedLibrary(name: string, paper: Paper, version: 1 | 2): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SHIPPED_V1);
  if (version === 2) old.version(2).stores(SHIPPED_V2_ADDS);
  await old.table('collections').add({ id: 'c1', name: 'Reading group', createdAt: 1 });
  await old.table('bookmarks').add({ paperId: paper.id, createdAt: 2, snapshot: paper, collectionIds: ['c1'] });
  await old.table('notes').add({ paperId: paper.id, text: 'A note', updatedAt: 3 });
  await old.table('reads').add({ paperId: paper.id, readAt: 4 });
  old.close();
}
