import Dexie, { type EntityTable } from 'dexie';
import type {
  BookmarkRecord,
  CollectionRecord,
  DayRecord,
  MetaRecord,
  NoteRecord,
  PaperLocationBucket,
  ReadRecord,
  SearchIndexRecord,
  ShardRecord,
} from './schema.ts';

import { dayRowCodec } from './day-row-codec.ts';
import { addDayCategories } from './category-index.ts';

export const DB_NAME = 'paperfeed';

/**
 * The one Dexie database. The version history only grows: never edit a published
 * `version(n)`, add `version(n + 1)` with an `.upgrade()` where data must move.
 * Library tables (bookmarks, collections, notes, reads) must survive every upgrade.
 */
export class PaperfeedDb extends Dexie {
  days!: EntityTable<DayRecord, 'date'>;
  paperDays!: EntityTable<PaperLocationBucket, 'bucket'>;
  bookmarks!: EntityTable<BookmarkRecord, 'paperId'>;
  collections!: EntityTable<CollectionRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'paperId'>;
  reads!: EntityTable<ReadRecord, 'paperId'>;
  shards!: EntityTable<ShardRecord, 'key'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  searchIndex!: EntityTable<SearchIndexRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      days: '&date, *orgs',
      paperDays: '&bucket',
      bookmarks: '&paperId, createdAt, *collectionIds',
      collections: '&id, name',
      notes: '&paperId, updatedAt',
      reads: '&paperId, readAt',
      shards: '&key, source',
      meta: '&key',
    });
    // The persisted search index, so warm starts skip the rebuild (src/db/search-source-repo.ts).
    this.version(2).stores({ searchIndex: '&key' });
    // arXiv categories of a day's papers (multi-entry), for /categories/:name; see category-index.ts.
    this.version(8).stores({ days: '&date, *orgs, *cats' }).upgrade(addDayCategories);
    this.use(dayRowCodec);
  }
}

let instance: PaperfeedDb | undefined;

/** The shared connection for this thread (page or worker). */
export function getDb(): PaperfeedDb {
  if (!instance) {
    instance = new PaperfeedDb();
    // Another tab upgraded the schema: this connection must go, or it blocks the upgrade.
    instance.on('versionchange', () => {
      instance?.close();
      if (typeof location !== 'undefined' && typeof document !== 'undefined') location.reload();
      return false;
    });
  }
  return instance;
}

/** Tests: drop the shared connection so the next `getDb()` opens a fresh one. */
export async function resetDbForTests(): Promise<void> {
  if (instance) {
    instance.close();
    await Dexie.delete(instance.name);
    instance = undefined;
  } else {
    await Dexie.delete(DB_NAME);
  }
}
