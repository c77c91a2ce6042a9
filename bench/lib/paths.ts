import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const benchDir = resolve(repoRoot, 'bench');
export const metricsDir = resolve(benchDir, 'metrics');
/** Generated corpora; git-ignored, made on first use. */
export const dataDir = resolve(benchDir, '.data');
export const resultsJsonPath = resolve(benchDir, 'results.json');
export const resultsMdPath = resolve(benchDir, 'RESULTS.md');
/** The real Hugging Face daily files, beside the repo; never copied into it. */
export const sharedHfDailyDir = resolve(repoRoot, '../shared/corpus/hf-daily');
