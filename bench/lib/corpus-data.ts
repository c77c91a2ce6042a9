import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { main as convertCorpus } from '../../scripts/corpus-convert.ts';
import { makeBigDayCorpus } from './bigday-corpus.ts';
import { onCleanup } from './cleanup.ts';
import { log } from './log.ts';
import type { CorpusName } from './metric-module.ts';
import { dataDir, repoRoot, sharedHfDailyDir } from './paths.ts';
import { withTimeLimit } from './time-limit.ts';

const GENERATE_TIMEOUT_MS = 15 * 60_000;
const CONVERT_TIMEOUT_MS = 5 * 60_000;

export function corpusDir(name: CorpusName): string {
  return resolve(dataDir, `corpus-${name}`);
}

/**
 * Makes a bench corpus unless it is already there (its manifest is written last, so a
 * manifest means a complete corpus). Returns undefined when the source data is absent.
 */
export async function ensureCorpus(name: CorpusName): Promise<string | undefined> {
  const dir = corpusDir(name);
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  if (name === '100k') {
    await generate100k(dir);
    return dir;
  }
  if (name === 'bigday') return makeBigDayCorpus(dir);
  if (!existsSync(sharedHfDailyDir)) {
    log(`real corpus not found at ${sharedHfDailyDir}: skipping metrics that need it`);
    return undefined;
  }
  log(`converting ${sharedHfDailyDir} into ${relative(repoRoot, dir)}`);
  await rm(dir, { recursive: true, force: true });
  await withTimeLimit(convertHfDaily(sharedHfDailyDir, dir), CONVERT_TIMEOUT_MS, 'converting the real corpus');
  return dir;
}

async function generate100k(dir: string): Promise<void> {
  const args = ['scripts/generate-corpus.ts', '--count', '100000', '--seed', 'bench', '--end', '2025-10-31', '--out', relative(repoRoot, dir)];
  log(`generating the 100k corpus (once): tsx ${args.join(' ')}`);
  await rm(dir, { recursive: true, force: true });
  const child = spawn(resolve(repoRoot, 'node_modules/.bin/tsx'), args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  const unregister = onCleanup(() => void child.kill('SIGKILL'));
  const exited = new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => done(code));
  });
  try {
    const code = await withTimeLimit(exited, GENERATE_TIMEOUT_MS, 'generating the 100k corpus');
    if (code !== 0) throw new Error(`generate-corpus exited with ${code}`);
  } finally {
    unregister();
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`generate-corpus wrote no manifest.json into ${dir}`);
}

async function convertHfDaily(source: string, out: string): Promise<void> {
  const code = await convertCorpus([source, '--out', out], (line) => log(`  corpus:convert ${line}`));
  if (code !== 0) throw new Error(`corpus:convert exited with ${code}`);
}
