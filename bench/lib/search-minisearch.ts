import MiniSearch from 'minisearch';
import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import type { KnownItemQuery } from './search-known-items.ts';

/** The fields MiniSearch indexes: what ours indexes, less the organization (never `aiSummary`). */
export const MINISEARCH_FIELDS = ['title', 'abstract', 'authors', 'keywords'] as const;

/**
 * MiniSearch (a maintained BM25 library) as a newcomer would set it up: default options
 * (OR of the words, BM25, its own tokenizer, no stemming), prefix search and fuzzy 0.2.
 * Arrays (authors, keywords) are indexed through its default `toString`.
 */
export function runMiniSearch(papers: readonly Paper[], queries: readonly KnownItemQuery[]): string[][] {
  const search = new MiniSearch<Paper>({ fields: [...MINISEARCH_FIELDS], searchOptions: { prefix: true, fuzzy: 0.2 } });
  search.addAll(papers as Paper[]);
  return queries.map((q) => search.search(q.query).slice(0, 10).map((hit) => String(hit.id)));
}
