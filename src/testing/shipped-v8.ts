import Dexie from 'dexie';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import { comparePapersByUpvotes } from '../domain/feed/paper-order.ts';
import { bucketOf } from '../db/paper-locations.ts';
import { categoriesOfDay } from '../db/category-index.ts';
import { SHIPPED_V1, SHIPPED_V2_ADDS } from './shipped-schema.ts';

/**
 * The Dexie schema as version 8 shipped it (before abstracts moved out of the day rows),
 * for upgrade tests that write a database the way that release did. Never change it.
 */
export function openShippedV8(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores(SHIPPED_V1);
  db.version(2).stores(SHIPPED_V2_ADDS);
  db.version(5).stores({ libraryItems: '&id' });
  db.version(6).stores({ follows: '&id, kind, createdAt', mutes: '&id, kind' });
  db.version(7).stores({ signals: '&paperId, createdAt', recommendFeatures: '&key' });
  db.version(8).stores({ days: '&date, *orgs, *cats' });
  return db;
}

/**
 * Stores `papers` as version 8 did: one row per day, papers in upvote order as one JSON
 * string *with* their abstracts, the id → day buckets, the paper count, and the derived
 * abstract pages it kept beside a stored search index (`abstracts/<date>/<page>`).
 */
export async function writeShippedV8Papers(db: Dexie, papers: readonly Paper[]): Promise<void> {
  const byDay = new Map<string, Paper[]>();
  for (const paper of papers) byDay.set(paper.date, [...(byDay.get(paper.date) ?? []), paper]);
  const rows = [...byDay].map(([date, day]) => {
    const sorted = [...day].sort(comparePapersByUpvotes);
    const orgs = [...new Set(sorted.flatMap((p) => (p.organization ? [p.organization.name] : [])))];
    return { date, orgs, cats: categoriesOfDay(sorted), json: JSON.stringify(sorted), sorted };
  });
  const buckets = new Map<number, { bucket: number; days: Record<string, string> }>();
  for (const paper of papers) {
    const bucket = bucketOf(paper.id);
    const row = buckets.get(bucket) ?? { bucket, days: {} };
    row.days[paper.id] = paper.date;
    buckets.set(bucket, row);
  }
  await db.transaction('rw', ['days', 'paperDays', 'meta', 'searchIndex', 'shards'], async () => {
    await db.table('days').bulkPut(rows.map(({ sorted: _, ...row }) => row));
    await db.table('paperDays').bulkPut([...buckets.values()]);
    await db.table('meta').put({ key: 'paperCount', value: papers.length });
    await db.table('shards').put({ key: 'corpus/2025-10', source: 'corpus', month: '2025-10', hash: 'h', count: papers.length, importedAt: 1 });
    await db.table('searchIndex').put({ key: 'index', format: 2, fingerprint: '{"shards":[],"count":0,"days":0}', builtAt: 1, segments: [] });
    await db.table('searchIndex').bulkPut(
      rows.map(({ date, sorted }) => ({ key: `abstracts/${date}/0`, date, dayCount: sorted.length, ids: sorted.slice(0, 64).map((p) => p.id), texts: sorted.slice(0, 64).map((p) => p.abstract) })),
    );
  });
}
