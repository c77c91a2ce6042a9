import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { IFuseOptions } from 'fuse.js';
import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import { SearchIndex } from '../../src/domain/search/search-index.ts';
import { KNOWN_ITEM_KINDS, type KnownItemKind, type KnownItemQuery } from './search-known-items.ts';

/** The same keys and weights our search uses (title highest), as plain Fuse sees them. */
export const BASELINE_FUSE_OPTIONS: IFuseOptions<Paper> = {
  keys: [
    { name: 'title', weight: 4 },
    { name: 'authors', weight: 2 },
    { name: 'keywords', weight: 1.5 },
    { name: 'organization.name', weight: 1.5 },
    { name: 'abstract', weight: 1.2 },
  ],
  ignoreLocation: true,
  threshold: 0.3,
};

export type Recall = Record<KnownItemKind, { at1: number; at10: number; queries: number }>;

/** recall@1 and @10 per kind, from the top-10 ids each query returned. */
export function recallOf(queries: readonly KnownItemQuery[], top10: readonly string[][]): Recall {
  const out = Object.fromEntries(KNOWN_ITEM_KINDS.map((k) => [k, { at1: 0, at10: 0, queries: 0 }])) as Recall;
  queries.forEach((q, i) => {
    const ids = top10[i]!;
    const r = out[q.kind];
    r.queries++;
    if (ids[0] === q.targetId) r.at1++;
    if (ids.includes(q.targetId)) r.at10++;
  });
  for (const r of Object.values(out)) {
    r.at1 /= r.queries || 1;
    r.at10 /= r.queries || 1;
  }
  return out;
}

/**
 * Our search, as the worker runs it (same index, same query path, relevance order, the
 * first page's limit, so only the best few are kept, as in the app).
 */
export function runOurs(papers: readonly Paper[], queries: readonly KnownItemQuery[]): string[][] {
  const index = SearchIndex.build(papers);
  return queries.map((q) => {
    const { hits } = index.search(q.query, { filters: {}, sort: 'relevance', limit: 20 });
    return hits.slice(0, 10).map((h) => index.live[h.segment]!.data.ids[h.doc]!);
  });
}

const WORKER_URL = new URL('./search-baseline-worker.mjs', import.meta.url);

/** Plain Fuse over every paper, spread over worker threads. */
export async function runBaseline(papers: readonly Paper[], queries: readonly KnownItemQuery[], log: (m: string) => void): Promise<string[][]> {
  const threads = Math.max(1, Math.min(availableParallelism(), 4));
  const results: string[][] = new Array(queries.length);
  let done = 0;
  const jobs = queries.map((q, index) => ({ index, query: q.query }));
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const share = jobs.filter((_, i) => i % threads === t);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(WORKER_URL, { workerData: { papers, queries: share, options: BASELINE_FUSE_OPTIONS } });
        worker.on('message', (m: { index: number; ids: string[] }) => {
          results[m.index] = m.ids;
          if (++done % 10 === 0) log(`baseline Fuse: ${done}/${queries.length} queries`);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`baseline worker exited with ${code}`))));
      });
    }),
  );
  return results;
}
