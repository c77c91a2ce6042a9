import { rename, rm } from 'node:fs/promises';
import { main as convertCorpus } from '../../scripts/corpus-convert.ts';
import { assertSharedCorpusInCi } from '../../src/testing/shared-corpus.ts';
import { hasSharedCorpus, realCorpusDir, SHARED_CORPUS_MISSING, sharedHfDailyDir } from './support/paths.ts';

/**
 * Converts the shared real corpus for the second preview server (which serves the
 * folder per request, so it may start before this runs). Converted afresh every run,
 * so the tests always see what the current converter makes; written beside the folder
 * and swapped in, so a run already serving it is not left with a half-written corpus.
 */
export default async function globalSetup(): Promise<void> {
  assertSharedCorpusInCi();
  if (!hasSharedCorpus()) {
    console.warn(SHARED_CORPUS_MISSING);
    return;
  }
  const fresh = `${realCorpusDir}.${process.pid}`;
  await rm(fresh, { recursive: true, force: true });
  const output: string[] = [];
  const code = await convertCorpus([sharedHfDailyDir, '--out', fresh], (line) => output.push(line));
  if (code !== 0) throw new Error(`converting ${sharedHfDailyDir} failed (exit ${code}):\n${output.join('\n')}`);
  await rm(realCorpusDir, { recursive: true, force: true });
  await rename(fresh, realCorpusDir);
}
