import type { APIRequestContext } from '@playwright/test';
import type { Manifest } from '../../../src/domain/corpus/corpus-files.ts';

export interface ServedDay {
  date: string;
  /** Titles in the shard's order (upvotes, highest first), whitespace collapsed as in an accessible name. */
  titles: string[];
}

export interface ServedCorpus {
  manifest: Manifest;
  totalPapers: number;
  newestDay: ServedDay;
}

interface ShardPaper {
  date: string;
  title: string;
}

/**
 * Reads what a server offers at /corpus/, so tests state expectations from the same
 * data the app imports instead of hard-coding the demo corpus.
 */
export async function readServedCorpus(request: APIRequestContext, baseUrl: string): Promise<ServedCorpus> {
  const manifest = await getJson<Manifest>(request, new URL('corpus/manifest.json', baseUrl).href);
  const newestShard = [...manifest.shards].filter((shard) => shard.count > 0).sort((a, b) => a.month.localeCompare(b.month)).at(-1);
  if (!newestShard) throw new Error(`the corpus at ${baseUrl} has no papers`);
  const shard = await getJson<{ papers: unknown[] }>(request, new URL(`corpus/${newestShard.file}`, baseUrl).href);
  const papers = shard.papers as ShardPaper[];
  const date = papers.reduce((max, paper) => (paper.date > max ? paper.date : max), '');
  return {
    manifest,
    totalPapers: manifest.shards.reduce((sum, entry) => sum + entry.count, 0),
    newestDay: {
      date,
      titles: papers.filter((paper) => paper.date === date).map((paper) => paper.title.replace(/\s+/g, ' ').trim()),
    },
  };
}

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  if (!response.ok()) throw new Error(`GET ${url} answered ${response.status()}`);
  return (await response.json()) as T;
}
