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

/** Versions 1 and 2 together, as one stores() spec. */
export const SHIPPED_V2 = { ...SHIPPED_V1, ...SHIPPED_V2_ADDS } as const;
