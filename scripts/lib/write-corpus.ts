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
  return (await updateCorpus(outDir, papers, options)).manifest;
}

export interface UpdateCorpusOptions extends WriteCorpusOptions {
  /**
   * Months not to write now (a day of theirs failed): the shard already on disk and its
   * manifest entry are kept as they are, or the month stays absent.
   */
  hold?: ReadonlySet<string>;
}

export interface UpdateCorpusResult {
  manifest: Manifest;
  written: string[];
  unchanged: string[];
  held: string[];
}

/**
 * Like `writeCorpus`, but against what `outDir` already holds: a shard whose bytes are
 * unchanged is not rewritten, held months keep their old shard, and the manifest is
 * rewritten only when it changes. Used by `corpus:fetch`, which runs again and again.
 */
export async function updateCorpus(outDir: string, papers: readonly Paper[], options: UpdateCorpusOptions): Promise<UpdateCorpusResult> {
  await mkdir(outDir, { recursive: true });
  const previous = await readManifest(outDir);
  const before = new Map(previous?.shards.map((s) => [s.month, s]) ?? []);
  const byMonth = new Map<string, Paper[]>();
  for (const paper of papers) {
    const month = paper.date.slice(0, 7);
    let list = byMonth.get(month);
    if (!list) byMonth.set(month, (list = []));
    list.push(paper);
  }
  const result: UpdateCorpusResult = { manifest: undefined as unknown as Manifest, written: [], unchanged: [], held: [] };
  const months = new Set([...byMonth.keys(), ...[...(options.hold ?? [])].filter((m) => before.has(m))]);
  const shards: ShardEntry[] = [];
  for (const month of [...months].sort()) {
    if (options.hold?.has(month)) {
      result.held.push(month);
      const kept = before.get(month);
      if (kept) shards.push(kept);
      continue;
    }
    const list = byMonth.get(month)!.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : comparePapersByUpvotes(a, b)));
    const body = JSON.stringify({ format: 'paperfeed-shard', version: CORPUS_FORMAT_VERSION, month, papers: list });
    const entry: ShardEntry = { month, file: `${month}.json`, count: list.length, hash: sha256(body) };
    if (before.get(month)?.hash === entry.hash && (await fileHash(join(outDir, entry.file))) === entry.hash) {
      result.unchanged.push(month);
    } else {
      await writeAtomic(join(outDir, entry.file), body);
      result.written.push(month);
    }
    shards.push(entry);
  }
  const manifest: Manifest = {
    format: 'paperfeed-corpus',
    version: CORPUS_FORMAT_VERSION,
    name: options.name,
    demo: options.demo ?? false,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    shards,
  };
  const text = JSON.stringify(manifest, null, 2) + '\n';
  if (result.written.length || !previous || JSON.stringify(previous, null, 2) + '\n' !== text) {
    await writeAtomic(join(outDir, 'manifest.json'), text);
  }
  result.manifest = manifest;
  return result;
}

async function fileHash(path: string): Promise<string | undefined> {
  try {
    return sha256(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
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
