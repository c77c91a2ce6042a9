import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import { readCorpusFile } from '../../src/domain/corpus/read-corpus-file.ts';
import { sharedHfDailyDir } from './paths.ts';

/**
 * The real Hugging Face daily papers, read from ../shared/corpus/hf-daily (never copied
 * into the repo), deduplicated by id keeping the earliest day. Undefined when absent.
 */
export async function loadRealPapers(dir = sharedHfDailyDir): Promise<Paper[] | undefined> {
  if (!existsSync(dir)) return undefined;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const byId = new Map<string, Paper>();
  for (const file of files) {
    const outcome = readCorpusFile(file, await readFile(join(dir, file), 'utf8'));
    if (!outcome.ok) continue;
    for (const paper of outcome.value.papers) if (!byId.has(paper.id)) byId.set(paper.id, paper);
  }
  return [...byId.values()];
}
