import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  AbstractPageRecord,
  BookmarkRecord,
  CollectionRecord,
  DayRecord,
  FollowRecord,
  MuteRecord,
  MetaRecord,
  NoteRecord,
  PaperLocationBucket,
  ReadRecord,
  SearchIndexRecord,
  ShardRecord,
} from './schema.ts';
import type { RecommendFeaturesRecord, SignalRecord } from './recommend-schema.ts';
import type { LibraryItemRecord } from './library-item-record.ts';

import { dayRowCodec } from './day-row-codec.ts';
import { addDayCategories } from './category-index.ts';
import { moveAbstractsToPages } from './abstract-pages-upgrade.ts';

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
  signals!: EntityTable<SignalRecord, 'paperId'>;
  recommendFeatures!: EntityTable<RecommendFeaturesRecord, 'key'>;
  follows!: EntityTable<FollowRecord, 'id'>;
  mutes!: EntityTable<MuteRecord, 'id'>;
  libraryItems!: EntityTable<LibraryItemRecord, 'id'>;
  abstracts!: Table<AbstractPageRecord, [string, number]>;

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
    // Works imported from reference managers that match no corpus paper (src/db/library-items-repo.ts).
    // Primary key only: an import writes thousands at once, and every index entry is
    // broadcast to open pages (docs/architecture.md); a library is small enough to scan.
    this.version(5).stores({ libraryItems: '&id' });
    // Follows and mutes (src/db/follow-repo.ts): new tables, nothing moves.
    this.version(6).stores({ follows: '&id, kind, createdAt', mutes: '&id, kind' });
    // "More / less like this" signals (library data, in the backup) and the recommender's stored features.
    this.version(7).stores({ signals: '&paperId, createdAt', recommendFeatures: '&key' });
    // arXiv categories of a day's papers (multi-entry), for /categories/:name; see category-index.ts.
    this.version(8).stores({ days: '&date, *orgs, *cats' }).upgrade(addDayCategories);
    // Abstracts out of the day rows into pages of their own, the one stored copy (day-row-codec.ts).
    this.version(9).stores({ abstracts: '[date+page]' }).upgrade(moveAbstractsToPages);
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
