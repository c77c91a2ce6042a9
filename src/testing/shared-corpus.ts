import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real test corpus lives beside the repository (`<repo>/../shared/corpus`), locally and
 * in CI, and is read at test time: it is never copied into the repo (see its README for
 * the licences). Tests that need it use `describe.skipIf(!hasSharedCorpus)`.
 */
function findSharedCorpus(): string {
  const fromEnv = process.env.PAPERFEED_SHARED_CORPUS;
  if (fromEnv) return resolve(fromEnv);
  // Under jsdom, import.meta.url may not be a file: URL; the repo root is then the cwd.
  const here = new URL('../..', import.meta.url);
  const repoRoots = here.protocol === 'file:' ? [fileURLToPath(here), process.cwd()] : [process.cwd()];
  const candidates = repoRoots.map((root) => resolve(root, '..', 'shared', 'corpus'));
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

export const sharedCorpusDir = findSharedCorpus();
export const hfDailyDir = join(sharedCorpusDir, 'hf-daily');
export const arxivSampleFile = join(sharedCorpusDir, 'arxiv', 'arxiv-metadata-oai-snapshot-sample.jsonl');
export const hasSharedCorpus = existsSync(hfDailyDir) && existsSync(arxivSampleFile);

/**
 * In CI (`CI=true`) the real corpus is part of the test environment: a run without it would
 * pass by skipping every real-corpus suite, so it fails instead. Locally it still skips.
 */
export function assertSharedCorpusInCi(env: NodeJS.ProcessEnv = process.env): void {
  if (env.CI === 'true' && !hasSharedCorpus) {
    throw new Error(`CI=true but the real corpus is missing at ${sharedCorpusDir}: tests that need it would be skipped`);
  }
}

/** Title for real-corpus suites, so a skipped run says why. */
export const SHARED_CORPUS_SUITE = hasSharedCorpus
  ? `real corpus at ${sharedCorpusDir}`
  : `real corpus (skipped: ${sharedCorpusDir} not found; put shared/corpus beside the repo or set PAPERFEED_SHARED_CORPUS)`;

/** Recorded arXiv answers (search API, OAI-PMH, RSS): see shared/corpus/README.md, section 3. */
export const arxivApiDir = join(sharedCorpusDir, 'arxiv-api');
export const arxivOaiDir = join(sharedCorpusDir, 'arxiv-oai');
export const arxivRssDir = join(sharedCorpusDir, 'arxiv-rss');
export const hasArxivRecordings = existsSync(arxivApiDir) && existsSync(arxivOaiDir) && existsSync(arxivRssDir);
