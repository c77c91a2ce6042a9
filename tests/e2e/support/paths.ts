import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hfDailyDir } from '../../../src/testing/shared-corpus.ts';

/** Where things are, resolved from this file so the tests run from any checkout. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The real Hugging Face daily files, shared beside the repo and never copied into it (one rule: src/testing/shared-corpus.ts). */
export const sharedHfDailyDir = hfDailyDir;

/** Where global setup converts the real corpus for the second preview server. */
export const realCorpusDir = resolve(repoRoot, '.tmp/e2e-real-corpus');

/** Override with E2E_DEMO_PORT / E2E_REAL_PORT when another run holds the defaults. */
export const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 4173);
export const REAL_PORT = Number(process.env.E2E_REAL_PORT ?? 4174);

/** The production build with the bundled demo corpus. */
export const demoUrl = `http://127.0.0.1:${DEMO_PORT}/`;
/** The same build serving /corpus/ from the converted real corpus. */
export const realUrl = `http://127.0.0.1:${REAL_PORT}/`;

export function hasSharedCorpus(): boolean {
  return existsSync(sharedHfDailyDir);
}

export const SHARED_CORPUS_MISSING = `real corpus not found at ${sharedHfDailyDir}: skipping tests that need it`;
