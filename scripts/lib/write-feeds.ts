import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import { staticFeeds } from '../../src/domain/follow/static-feeds.ts';
import { writeAtomic } from './write-corpus.ts';

export interface WriteFeedsResult {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Writes the static feeds (src/domain/follow/static-feeds.ts) into `<outDir>/feeds/`, each
 * file atomically and only when its bytes changed; organization feeds whose organization
 * has left the corpus are removed, so a feed never outlives its papers.
 */
export async function writeFeeds(outDir: string, papers: readonly Paper[], siteUrl?: string): Promise<WriteFeedsResult> {
  const dir = join(outDir, 'feeds');
  const files = staticFeeds(papers, siteUrl);
  const result: WriteFeedsResult = { written: 0, unchanged: 0, removed: 0 };
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    if ((await readFile(path, 'utf8').catch(() => undefined)) === file.body) result.unchanged++;
    else {
      await writeAtomic(path, file.body);
      result.written++;
    }
  }
  const kept = new Set(files.map((f) => f.path));
  const orgs = await readdir(join(dir, 'org')).catch(() => [] as string[]);
  for (const name of orgs) {
    if (name.endsWith('.atom') && !kept.has(`org/${name}`)) {
      await rm(join(dir, 'org', name));
      result.removed++;
    }
  }
  return result;
}

export function describeFeeds(result: WriteFeedsResult, outDir: string): string {
  return `feeds: ${result.written} written, ${result.unchanged} unchanged${result.removed ? `, ${result.removed} removed` : ''} in ${join(outDir, 'feeds')}`;
}
