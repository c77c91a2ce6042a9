import type { DBCore, DBCoreCursor, Middleware } from 'dexie';
import type { Paper } from '../domain/corpus/paper-schema.ts';

/**
 * Stores a day row's papers as one JSON string instead of an array of objects.
 *
 * Why: IndexedDB structured-clones every value on the writing thread. Cloning ~200 MB of
 * paper objects (100k papers) cost most of the import time in our measurements; a string
 * clones as a block copy, and `JSON.stringify`/`JSON.parse` of the same data are several
 * times faster than cloning objects. Reads are cheaper too (the search worker reads every
 * row at cold start). The codec sits closest to IndexedDB, so everything above it
 * (liveQuery, repositories) sees ordinary `DayRecord`s with `papers`.
 */
interface StoredDayRow {
  date: string;
  orgs: string[];
  json: string;
}

function encode(row: unknown): unknown {
  const value = row as { papers?: Paper[] } & Record<string, unknown>;
  if (!value || !Array.isArray(value.papers)) return row;
  const { papers, ...rest } = value;
  return { ...rest, json: JSON.stringify(papers) };
}

function decode(row: unknown): unknown {
  const value = row as Partial<StoredDayRow> & Record<string, unknown>;
  if (!value || typeof value.json !== 'string') return row;
  const { json, ...rest } = value;
  return { ...rest, papers: JSON.parse(json) as Paper[] };
}

function wrapCursor(cursor: DBCoreCursor): DBCoreCursor {
  return Object.create(cursor, {
    value: { get: () => decode(cursor.value) },
  }) as DBCoreCursor;
}

export const DAY_TABLE = 'days';

export const dayRowCodec: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'day-row-codec',
  // Below Dexie's own middlewares (observability, caching: levels -1 to 2), so they all see decoded rows.
  level: -2,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== DAY_TABLE) return table;
      return {
        ...table,
        mutate: (req) => (req.type === 'add' || req.type === 'put' ? table.mutate({ ...req, values: req.values.map(encode) }) : table.mutate(req)),
        get: async (req) => decode(await table.get(req)),
        getMany: async (req) => (await table.getMany(req)).map(decode),
        query: async (req) => {
          const res = await table.query(req);
          return req.values ? { ...res, result: res.result.map(decode) } : res;
        },
        openCursor: async (req) => {
          const cursor = await table.openCursor(req);
          return cursor && req.values ? wrapCursor(cursor) : cursor;
        },
      };
    },
  }),
};
