import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import type { KnownItemQuery } from './search-known-items.ts';

/** The fields MiniSearch indexes: what ours indexes, less the organization (never `aiSummary`). */
export const MINISEARCH_FIELDS = ['title', 'abstract', 'authors', 'keywords'] as const;

const WORKER_URL = new URL('./search-minisearch-worker.mjs', import.meta.url);

/**
 * MiniSearch (a maintained BM25 library) as a newcomer would set it up: default options
 * (OR of the words, BM25, its own tokenizer, no stemming), prefix search and fuzzy 0.2.
 * Arrays (authors, keywords) are indexed through its default `toString`. It is a baseline,
 * so it runs in Node, not in Chromium: on worker threads (each builds its own index, ~2 s),
 * one per core, started before ours so both run at once. All 3,137 describe queries took
 * ~100 s of CPU on one thread (17 min of wall time on a host loaded 25x).
 */
export async function runMiniSearch(papers: readonly Paper[], queries: readonly KnownItemQuery[]): Promise<string[][]> {
  const threads = Math.max(1, Math.min(availableParallelism(), 4));
  // Only what MiniSearch reads crosses to the workers.
  const docs = papers.map(({ id, title, abstract, authors, keywords }) => ({ id, title, abstract, authors, keywords }));
  const jobs = queries.map((q, index) => ({ index, query: q.query }));
  const results: string[][] = new Array(queries.length);
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const share = jobs.filter((_, i) => i % threads === t);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(WORKER_URL, { workerData: { papers: docs, queries: share, fields: [...MINISEARCH_FIELDS] } });
        worker.on('message', (answers: { index: number; ids: string[] }[]) => {
          for (const answer of answers) results[answer.index] = answer.ids;
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`MiniSearch worker exited with ${code}`))));
      });
    }),
  );
  return results;
}
