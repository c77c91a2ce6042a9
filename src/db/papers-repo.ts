import { mergePaperSources } from '../domain/corpus/arxiv/merge-sources.ts';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import { comparePapersByUpvotes } from '../domain/feed/paper-order.ts';
import { getDb } from './database.ts';
import { categoriesOfDay } from './category-index.ts';
import { announcePapersChanged, type PapersChangedMessage } from './papers-changed.ts';
import { PAPER_VERSION_KEY, storedDayOf } from './day-row-codec.ts';
import { findPaperDate, PaperLocations } from './paper-locations.ts';
import type { DayRecord, ShardRecord } from './schema.ts';
import { isStorageFailure, toStorageError } from './storage-error.ts';

export interface UpsertStats {
  added: number;
  updated: number;
  unchanged: number;
}

const PAPER_COUNT_KEY = 'paperCount';

export interface UpsertOptions {
  /** Recorded in the same transaction, so a shard is marked imported only if its papers are. */
  shard?: ShardRecord;
  /** Called after each slice of day rows is written, with the number of papers written so far. */
  onProgress?: (written: number) => void;
}

/** Day rows per `bulkPut`: a few MB each, so progress moves and no single request is huge. */
const ROWS_PER_WRITE = 8;

/**
 * Stores papers, merging them into their day rows in one transaction: either every paper
 * of the batch is stored (and `shard`, when given, is recorded) or nothing is.
 *
 * A paper already stored under another day stays on the earlier day (the day it was first
 * featured), so the result does not depend on import order. Only rows that change are
 * written; bookmarks, notes and read state are never touched.
 */
export async function upsertPapers(papers: readonly Paper[], options: UpsertOptions = {}): Promise<UpsertStats> {
  const { shard, onProgress } = options;
  const db = getDb();
  const incoming = dedupeEarliest(papers);
  const changedDates: string[] = [];
  let stored: PapersChangedMessage['stored'];
  try {
    const stats = await db.transaction('rw', db.days, db.paperDays, db.shards, db.meta, async () => {
      const stats: UpsertStats = { added: 0, updated: 0, unchanged: 0 };
      const rows = new Map<string, DayRecord>();
      const dirty = new Set<string>();
      const locations = await PaperLocations.read(db, incoming.keys());
      const wantedDates = new Set<string>();
      for (const p of incoming.values()) {
        wantedDates.add(p.date);
        const stored = locations.dateOf(p.id);
        if (stored) wantedDates.add(stored);
      }
      const found = await db.days.bulkGet([...wantedDates]);
      for (const row of found) if (row) rows.set(row.date, row);
      for (const paper of incoming.values()) {
        const storedDate = locations.dateOf(paper.id);
        if (storedDate === undefined || !rows.has(storedDate)) {
          stats.added++;
          addTo(rows, dirty, paper);
          locations.set(paper.id, paper.date);
          continue;
        }
        const row = rows.get(storedDate)!;
        const index = row.papers.findIndex((p) => p.id === paper.id);
        const stored = row.papers[index];
        if (!stored) {
          // The location said this day, but the row no longer holds it: treat as new.
          stats.added++;
          addTo(rows, dirty, paper);
          locations.set(paper.id, paper.date);
          continue;
        }
        const merged = mergePaperSources(stored, paper); // a Hugging Face paper keeps its upvotes when arXiv brings it again
        const target = storedDate <= merged.date ? { ...merged, date: storedDate } : merged;
        if (target.date === storedDate && samePaper(stored, target)) {
          stats.unchanged++;
          continue;
        }
        stats.updated++;
        row.papers.splice(index, 1);
        dirty.add(storedDate);
        addTo(rows, dirty, target);
        locations.set(paper.id, target.date);
      }
      await locations.write(db);
      const changed = [...dirty].map((date) => finish(rows.get(date)!));
      const kept = changed.filter((row) => row.papers.length > 0);
      let written = 0;
      for (let i = 0; i < kept.length; i += ROWS_PER_WRITE) {
        const slice = kept.slice(i, i + ROWS_PER_WRITE);
        await db.days.bulkPut(slice);
        written += slice.reduce((sum, row) => sum + row.papers.length, 0);
        onProgress?.(written);
      }
      const emptied = changed.filter((row) => row.papers.length === 0).map((row) => row.date);
      if (emptied.length) await db.days.bulkDelete(emptied);
      if (stats.added) {
        const current = (await db.meta.get(PAPER_COUNT_KEY))?.value;
        await db.meta.put({ key: PAPER_COUNT_KEY, value: (typeof current === 'number' ? current : 0) + stats.added });
      }
      if (shard) await db.shards.put(shard);
      changedDates.push(...dirty);
      // The version this transaction commits (the codec bumped it with the first row), for
      // listeners that index the announced rows instead of reading them back.
      if (kept.length || emptied.length) {
        const version = (await db.meta.get(PAPER_VERSION_KEY))?.value;
        if (typeof version === 'number') stored = { version, days: kept.map(storedDayOf) };
      }
      return stats;
    });
    announcePapersChanged(changedDates, stored);
    return stats;
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error) : error;
  }
}

function dedupeEarliest(papers: readonly Paper[]): Map<string, Paper> {
  const byId = new Map<string, Paper>();
  for (const paper of papers) {
    const seen = byId.get(paper.id);
    if (!seen) byId.set(paper.id, paper);
    else byId.set(paper.id, seen.date <= paper.date ? { ...paper, date: seen.date } : paper);
  }
  return byId;
}

function addTo(rows: Map<string, DayRecord>, dirty: Set<string>, paper: Paper) {
  let row = rows.get(paper.date);
  if (!row) {
    row = { date: paper.date, papers: [], orgs: [] };
    rows.set(paper.date, row);
  }
  row.papers.push(paper);
  dirty.add(paper.date);
}

function finish(row: DayRecord): DayRecord {
  const papers = [...row.papers].sort(comparePapersByUpvotes);
  const orgs = new Set<string>();
  for (const p of papers) if (p.organization) orgs.add(p.organization.name);
  return { date: row.date, papers, orgs: [...orgs], cats: categoriesOfDay(papers) };
}

/** Deep equality of two papers (plain JSON data), whatever the order of their keys. */
function samePaper(a: Paper, b: Paper): boolean {
  return sameJson(a, b);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // Keys whose value is undefined are absent once stored, so they do not count.
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  if (kx.length !== keys(y).length) return false;
  return kx.every((k) => sameJson(x[k], y[k]));
}

/** Number of distinct papers stored. */
export async function countPapers(): Promise<number> {
  const value = (await getDb().meta.get(PAPER_COUNT_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

/** The papers of one day, in upvote order; empty when the day has none. */
export async function listPapersByDay(date: string): Promise<Paper[]> {
  return (await getDb().days.get(date))?.papers ?? [];
}

/** Day rows from `from` to `to`, both included, oldest first. */
export async function listDaysBetween(from: string, to: string): Promise<DayRecord[]> {
  return getDb().days.where('date').between(from, to, true, true).toArray();
}

/** Every day that has papers, oldest first. Reads keys only. */
export async function listDatesWithPapers(): Promise<string[]> {
  return (await getDb().days.toCollection().primaryKeys()) as string[];
}

/** The newest day that has papers. */
export async function newestDate(): Promise<string | undefined> {
  return (await getDb().days.orderBy('date').reverse().limit(1).primaryKeys())[0] as string | undefined;
}

export async function getPaper(id: string): Promise<Paper | undefined> {
  const db = getDb();
  const date = await findPaperDate(db, id);
  // The same request as the day view's read of its row (feed-repo's newestDayBetween), not
  // `get`: in live queries Dexie answers both from one read, so a paper page parses its day
  // row (~0.9 MB of JSON at 100k papers) once, not once for the paper and again for its neighbours.
  const row = date ? await db.days.where('date').between(date, date, true, true).last() : undefined;
  return row?.papers.find((p) => p.id === id);
}

/** Papers of an organization (by `organization.name`), newest day first. */
export async function listPapersByOrg(name: string): Promise<Paper[]> {
  const rows = await getDb().days.where('orgs').equals(name).reverse().sortBy('date');
  return rows.flatMap((row) => row.papers.filter((p) => p.organization?.name === name));
}

export async function listShards(): Promise<ShardRecord[]> {
  return getDb().shards.toArray();
}
