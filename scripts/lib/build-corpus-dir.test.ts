import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyBuildCorpus, readBuildCorpus } from './build-corpus-dir.ts';

async function corpus(shards: string[], write = shards) {
  const dir = await mkdtemp(join(tmpdir(), 'paperfeed-build-corpus-'));
  const manifest = {
    format: 'paperfeed-corpus',
    version: 1,
    name: 'Real',
    demo: false,
    shards: shards.map((file) => ({ month: file.slice(0, 7), file, count: 1, hash: 'abcdef0123' })),
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const file of write) await writeFile(join(dir, file), `{"shard":"${file}"}`);
  return dir;
}

describe('a build with PAPERFEED_CORPUS_DIR', () => {
  it('replaces the demo in dist/corpus with the manifest and the shards it lists, nothing else', async () => {
    const dir = await corpus(['2025-10.json']);
    await mkdir(join(dir, '.days'));
    await writeFile(join(dir, '.days', '2025-10-31.json'), '[]');
    const out = await mkdtemp(join(tmpdir(), 'paperfeed-build-out-'));
    await mkdir(join(out, 'corpus'));
    await writeFile(join(out, 'corpus', '2026-11.json'), 'demo');

    await copyBuildCorpus(dir, out);

    expect((await readdir(join(out, 'corpus'))).sort()).toEqual(['2025-10.json', 'manifest.json']);
    expect(JSON.parse(await readFile(join(out, 'corpus', 'manifest.json'), 'utf8')).name).toBe('Real');
  });

  it('fails with the reason when the folder has no manifest, or lacks a listed shard', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'paperfeed-build-empty-'));
    await expect(readBuildCorpus(empty)).rejects.toThrow(`PAPERFEED_CORPUS_DIR=${empty}: no manifest.json in`);
    const missing = await corpus(['2025-10.json', '2025-09.json'], ['2025-10.json']);
    await expect(readBuildCorpus(missing)).rejects.toThrow('manifest.json lists 2025-09.json, which is not in');
  });

  it('refuses a manifest that is not a paperfeed manifest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'paperfeed-build-bad-'));
    await writeFile(join(dir, 'manifest.json'), '{"format":"other"}');
    await expect(readBuildCorpus(dir)).rejects.toThrow('manifest.json is not a paperfeed manifest: format');
  });
});
