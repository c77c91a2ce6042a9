import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS_FORMAT_VERSION, type Manifest, type ShardEntry } from '../../src/domain/corpus/corpus-files.ts';
import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import { comparePapersByUpvotes } from '../../src/domain/feed/paper-order.ts';

export interface WriteCorpusOptions {
  name: string;
  demo?: boolean;
  generatedAt?: string;
}

/**
 * Writes papers as monthly shards plus `manifest.json` into `outDir`, the layout the app
 * reads from `/corpus/`. Each file is written to a temporary name and renamed, so a
 * crash never leaves a half-written shard; the manifest is written last.
 * Output is deterministic: same papers in, same bytes (and hashes) out.
 */
export async function writeCorpus(outDir: string, papers: readonly Paper[], options: WriteCorpusOptions): Promise<Manifest> {
  await mkdir(outDir, { recursive: true });
  const byMonth = new Map<string, Paper[]>();
  for (const paper of papers) {
    const month = paper.date.slice(0, 7);
    let list = byMonth.get(month);
    if (!list) byMonth.set(month, (list = []));
    list.push(paper);
  }
  const shards: ShardEntry[] = [];
  for (const month of [...byMonth.keys()].sort()) {
    const list = byMonth.get(month)!.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : comparePapersByUpvotes(a, b)));
    const body = JSON.stringify({ format: 'paperfeed-shard', version: CORPUS_FORMAT_VERSION, month, papers: list });
    const file = `${month}.json`;
    await writeAtomic(join(outDir, file), body);
    shards.push({ month, file, count: list.length, hash: sha256(body) });
  }
  const manifest: Manifest = {
    format: 'paperfeed-corpus',
    version: CORPUS_FORMAT_VERSION,
    name: options.name,
    demo: options.demo ?? false,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    shards,
  };
  await writeAtomic(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function writeAtomic(path: string, body: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, body);
  await rename(tmp, path);
}

export async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
