import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { manifestSchema, type Manifest } from '../../src/domain/corpus/corpus-files.ts';

/**
 * `PAPERFEED_CORPUS_DIR=<dir> npm run build`: the build ships that corpus in `dist/corpus`
 * instead of the bundled demo. Checked before the build starts (a folder without a valid
 * manifest, or missing a shard the manifest lists, fails the build with the reason), and
 * copied after it is written, before the service worker's precache list is made from it.
 */
export async function readBuildCorpus(dir: string): Promise<Manifest> {
  const root = resolve(dir);
  const where = `PAPERFEED_CORPUS_DIR=${dir}`;
  let text: string;
  try {
    text = await readFile(join(root, 'manifest.json'), 'utf8');
  } catch {
    throw new Error(`${where}: no manifest.json in ${root}. Make a corpus there with npm run corpus:convert or corpus:fetch, or unset the variable to build with the demo corpus.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: manifest.json is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${where}: manifest.json is not a paperfeed manifest: ${first?.path.join('.') || 'the file'} ${first?.message ?? 'is invalid'}.`);
  }
  for (const shard of parsed.data.shards) {
    const found = await stat(join(root, shard.file)).then((s) => s.isFile(), () => false);
    if (!found) throw new Error(`${where}: manifest.json lists ${shard.file}, which is not in ${root}.`);
  }
  return parsed.data;
}

/** Replaces `<outDir>/corpus` (the demo, copied from public/) with the manifest and the shards it lists. */
export async function copyBuildCorpus(dir: string, outDir: string): Promise<Manifest> {
  const manifest = await readBuildCorpus(dir);
  const target = join(outDir, 'corpus');
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  // Only what the manifest names: a fetch's day cache (.days/) or stray files stay out of the build.
  for (const file of ['manifest.json', ...manifest.shards.map((s) => s.file)]) await copyFile(join(resolve(dir), file), join(target, file));
  return manifest;
}
