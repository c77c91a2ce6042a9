import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import { generateKnownItems, KNOWN_ITEM_KINDS, type KnownItemQuery } from './search-known-items.ts';

/** Queries of each kind; with titles ~60 characters long, 3 of each give well over 200 keystrokes. */
const PER_KIND = 3;
/** Papers of the newest shard the queries are drawn from (the generator's seeded sample). */
const SAMPLE = 2_000;

/**
 * Realistic queries for the slow-device search metric, made from the stored corpus itself,
 * the same every run: a title with a typo, a distinctive three-word phrase of an abstract,
 * an author's surname plus a title word, and a paper described in other words (the start of
 * its generated summary). The known-item generator of the quality bench, over a sample of the
 * newest month (its phrases are distinctive within that sample).
 */
export async function slowDeviceQueries(corpusDir: string): Promise<KnownItemQuery[]> {
  const manifest = JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8')) as { shards: { file: string; month: string }[] };
  const newest = [...manifest.shards].sort((a, b) => (a.month < b.month ? 1 : -1))[0];
  if (!newest) throw new Error(`${corpusDir}/manifest.json lists no shards`);
  const shard = JSON.parse(await readFile(join(corpusDir, newest.file), 'utf8')) as { papers: Paper[] };
  const items = generateKnownItems(shard.papers.slice(0, SAMPLE), PER_KIND);
  return KNOWN_ITEM_KINDS.flatMap((kind) => items.filter((item) => item.kind === kind).slice(0, PER_KIND));
}
