import { fnv1a } from '../domain/fnv1a.ts';
import type { PaperfeedDb } from './database.ts';
import type { PaperLocationBucket } from './schema.ts';

/**
 * Which day holds each paper, kept in a few hundred bucket rows (id hash → bucket).
 *
 * Why not a multi-entry index of ids on the day rows: that is 100k index entries on a 100k
 * import, and Dexie broadcasts every changed index key to every open page, where merging
 * ~10k keys per shard cost 100+ ms main-thread tasks. Bucket rows are few, small, and
 * written in one request per import batch.
 */
export const LOCATION_BUCKETS = 256;

export function bucketOf(id: string): number {
  return fnv1a(id) % LOCATION_BUCKETS;
}

/** The buckets of a batch of ids, read once, changed in memory, written back at the end. */
export class PaperLocations {
  private readonly dirty = new Set<number>();

  private constructor(private readonly buckets: Map<number, PaperLocationBucket>) {}

  /** Reads the buckets `ids` fall into; call inside the import transaction. */
  static async read(db: PaperfeedDb, ids: Iterable<string>): Promise<PaperLocations> {
    const wanted = [...new Set([...ids].map(bucketOf))];
    const rows = await db.paperDays.bulkGet(wanted);
    const buckets = new Map<number, PaperLocationBucket>();
    wanted.forEach((bucket, i) => buckets.set(bucket, rows[i] ?? { bucket, days: {} }));
    return new PaperLocations(buckets);
  }

  dateOf(id: string): string | undefined {
    return this.buckets.get(bucketOf(id))?.days[id];
  }

  set(id: string, date: string): void {
    const bucket = this.buckets.get(bucketOf(id))!;
    if (bucket.days[id] === date) return;
    bucket.days[id] = date;
    this.dirty.add(bucket.bucket);
  }

  async write(db: PaperfeedDb): Promise<void> {
    if (this.dirty.size) await db.paperDays.bulkPut([...this.dirty].map((b) => this.buckets.get(b)!));
  }
}

/** The day that holds paper `id`, if stored. */
export async function findPaperDate(db: PaperfeedDb, id: string): Promise<string | undefined> {
  return (await db.paperDays.get(bucketOf(id)))?.days[id];
}
