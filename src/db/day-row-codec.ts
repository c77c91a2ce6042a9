import type { DBCore, DBCoreCursor, DBCoreKeyRange, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import type { AbstractPageRecord } from './schema.ts';
import type { StoredDay } from './papers-changed.ts';

/**
 * Stores a day row's papers as one JSON string without their abstracts, and the abstracts
 * in their own table (`abstracts`, pages of ABSTRACT_PAGE_SIZE keyed by day and page),
 * written in the same transaction as the row. Every day-row write also bumps the paper
 * version (`meta.paperVersion`) in that transaction: derived data (the search index, the
 * recommender's features) is valid only for the version it was built from.
 *
 * Why a string: IndexedDB structured-clones every value on the writing thread. Cloning
 * ~200 MB of paper objects (100k papers) cost most of the import time in our measurements;
 * a string clones as a block copy. Why abstracts apart: they are ~80% of a row's bytes and
 * the one field search excerpts need, so excerpts read a small page instead of a day, and
 * there is exactly one stored copy of each abstract.
 *
 * The codec sits closest to IndexedDB and widens every transaction on `days` to `abstracts`
 * and `meta`, so everything above it (liveQuery, repositories) sees ordinary `DayRecord`s
 * with whole papers and cannot forget the abstracts or the version.
 */
interface StoredDayRow {
  date: string;
  orgs: string[];
  cats?: string[];
  json: string;
  /** Abstract pages of the day; absent on rows written before version 9 (abstracts inline). */
  pages?: number;
}

export const DAY_TABLE = 'days';
export const ABSTRACT_TABLE = 'abstracts';
export const META_TABLE = 'meta';
export const PAPER_VERSION_KEY = 'paperVersion';
/** Abstracts per page: a page is ~80 KB, small enough that reading 20 costs a few ms. */
export const ABSTRACT_PAGE_SIZE = 64;

/** The stored row and its abstract pages, from a row as the repositories see it. */
export function encodeDay(row: { papers: readonly Paper[] } & Record<string, unknown>): { row: StoredDayRow; pages: AbstractPageRecord[] } {
  const { papers, ...rest } = row;
  const date = row.date as string;
  const pages: AbstractPageRecord[] = [];
  for (let start = 0, page = 0; start < papers.length; start += ABSTRACT_PAGE_SIZE, page++) {
    const slice = papers.slice(start, start + ABSTRACT_PAGE_SIZE);
    pages.push({ date, page, ids: slice.map((p) => p.id), texts: slice.map((p) => p.abstract) });
  }
  // `undefined` drops the key from the JSON: the abstract is stored once, in its page.
  const json = JSON.stringify(papers.map((p) => ({ ...p, abstract: undefined })));
  encoded.set(papers, { date, json, abstracts: papers.map((p) => p.abstract) });
  return { row: { ...(rest as Omit<StoredDayRow, 'json' | 'pages'>), json, pages: pages.length }, pages };
}

/** The last encoding of each written papers array, so the writer can announce it without encoding twice. */
const encoded = new WeakMap<readonly Paper[], StoredDay>();

/** A day row in its stored layout (see StoredDay): the encoding the codec wrote, or a fresh one. */
export function storedDayOf(row: { date: string; papers: readonly Paper[] }): StoredDay {
  const known = encoded.get(row.papers);
  if (known && known.date === row.date) return known;
  return { date: row.date, json: JSON.stringify(row.papers.map((p) => ({ ...p, abstract: undefined }))), abstracts: row.papers.map((p) => p.abstract) };
}

function isStoredRow(value: unknown): value is StoredDayRow & Record<string, unknown> {
  return !!value && typeof (value as StoredDayRow).json === 'string';
}

/** Puts abstracts back into a decoded day's papers, by id (positions are only a hint). */
function joinAbstracts(papers: Paper[], pages: readonly (AbstractPageRecord | undefined)[]): void {
  const byId = new Map<string, string>();
  for (const page of pages) page?.ids.forEach((id, i) => byId.set(id, page.texts[i] ?? ''));
  for (const paper of papers) paper.abstract = byId.get(paper.id) ?? '';
}

function pageKeys(row: StoredDayRow): [string, number][] {
  return Array.from({ length: row.pages ?? 0 }, (_, page) => [row.date, page]);
}

/** Decodes stored rows (nulls pass through), reading all their abstract pages in one request. */
async function decodeRows(rows: readonly unknown[], abstracts: () => DBCoreTable, trans: DBCoreTransaction): Promise<unknown[]> {
  const keys = rows.filter(isStoredRow).flatMap(pageKeys);
  const pages = keys.length ? ((await abstracts().getMany({ trans, keys })) as (AbstractPageRecord | undefined)[]) : [];
  let at = 0;
  return rows.map((value) => {
    if (!isStoredRow(value)) return value;
    const { json, pages: count, ...rest } = value;
    const papers = JSON.parse(json) as Paper[];
    if (count !== undefined) {
      joinAbstracts(papers, pages.slice(at, at + count));
      at += count;
    }
    return { ...rest, papers };
  });
}

function rangeOfDay(date: string, fromPage: number): DBCoreKeyRange {
  return { type: 2 /* DBCoreRangeType.Range */, lower: [date, fromPage], upper: [date, Infinity], lowerOpen: false, upperOpen: false };
}

function refuseCursor(): never {
  throw new Error('Day rows are read with get, bulkGet or toArray: a cursor cannot join their abstracts.');
}

export const dayRowCodec: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'day-row-codec',
  // Below Dexie's own middlewares (observability, caching: levels -1 to 2), so they all see decoded rows.
  level: -2,
  create: (down) => {
    const hasAbstracts = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).objectStoreNames?.contains(ABSTRACT_TABLE) ?? false;
    return {
      ...down,
      transaction: (stores, mode, options) => {
        const wide = stores.includes(DAY_TABLE) && down.schema.tables.some((t) => t.name === ABSTRACT_TABLE);
        return down.transaction(wide ? [...new Set([...stores, ABSTRACT_TABLE, META_TABLE])] : stores, mode, options);
      },
      table: (name) => {
        const table = down.table(name);
        if (name !== DAY_TABLE) return table;
        const abstracts = () => down.table(ABSTRACT_TABLE);
        const decode = (trans: DBCoreTransaction, rows: readonly unknown[]) => decodeRows(rows, abstracts, trans);
        return {
          ...table,
          mutate: async (req) => {
            if (!hasAbstracts(req.trans)) {
              // Before version 9 exists (an older upgrade step): the old layout, abstracts inline.
              return req.type === 'add' || req.type === 'put' ? table.mutate({ ...req, values: req.values.map(encodeInline) }) : table.mutate(req);
            }
            const { trans } = req;
            const pageTable = abstracts();
            let res;
            if (req.type === 'add' || req.type === 'put') {
              const encoded = req.values.map((value) => (value && Array.isArray((value as { papers?: unknown }).papers) ? encodeDay(value as never) : { row: value as StoredDayRow, pages: [] }));
              res = await table.mutate({ ...req, values: encoded.map((e) => e.row) });
              // Sent together, not one round trip each: requests in a transaction run in order anyway.
              await Promise.all(
                encoded.flatMap(({ row, pages }) => (row?.date ? [pageTable.mutate({ type: 'deleteRange', trans, range: rangeOfDay(row.date, pages.length) })] : [])),
              );
              const pages = encoded.flatMap((e) => e.pages);
              if (pages.length) await pageTable.mutate({ type: 'put', trans, values: pages });
            } else if (req.type === 'delete') {
              res = await table.mutate(req);
              for (const date of req.keys as string[]) await pageTable.mutate({ type: 'deleteRange', trans, range: rangeOfDay(date, 0) });
            } else {
              res = await table.mutate(req);
              await pageTable.mutate({ type: 'deleteRange', trans, range: { type: 3 /* DBCoreRangeType.Any */ } as DBCoreKeyRange });
            }
            await bumpPaperVersion(down, trans);
            return res;
          },
          get: async (req) => (await decode(req.trans, [await table.get(req)]))[0],
          getMany: async (req) => decode(req.trans, await table.getMany(req)),
          query: async (req) => {
            const res = await table.query(req);
            return req.values ? { ...res, result: await decode(req.trans, res.result) } : res;
          },
          openCursor: async (req) => {
            const cursor = await table.openCursor(req);
            return cursor && req.values ? wrapCursor(cursor) : cursor;
          },
        };
      },
    };
  },
};

/** Transactions that already bumped the version: once per transaction is enough (it commits whole or not at all). */
const bumped = new WeakSet<DBCoreTransaction>();

/** Bumps the paper version in the writing transaction (see the header). */
async function bumpPaperVersion(down: DBCore, trans: DBCoreTransaction): Promise<void> {
  if (bumped.has(trans)) return;
  bumped.add(trans);
  const meta = down.table(META_TABLE);
  const current = (await meta.get({ trans, key: PAPER_VERSION_KEY })) as { value?: unknown } | undefined;
  const value = typeof current?.value === 'number' ? current.value + 1 : 1;
  await meta.mutate({ type: 'put', trans, values: [{ key: PAPER_VERSION_KEY, value }] });
}

/** Rows in the layout before version 9 (used only inside older upgrade steps). */
function encodeInline(value: unknown): unknown {
  const row = value as { papers?: Paper[] } & Record<string, unknown>;
  if (!row || !Array.isArray(row.papers)) return value;
  const { papers, ...rest } = row;
  return { ...rest, json: JSON.stringify(papers) };
}

/**
 * A cursor's value is read synchronously, so it cannot wait for the abstract pages: a row
 * stored with pages refuses to be read that way (every caller uses get, bulkGet or toArray),
 * a row of the old layout (abstracts inline, inside older upgrade steps) still decodes.
 */
function wrapCursor(cursor: DBCoreCursor): DBCoreCursor {
  return Object.create(cursor, {
    value: {
      get: () => {
        const value = cursor.value as unknown;
        if (!isStoredRow(value)) return value;
        if (value.pages !== undefined) refuseCursor();
        const { json, ...rest } = value;
        return { ...rest, papers: JSON.parse(json) as Paper[] };
      },
    },
  }) as DBCoreCursor;
}
