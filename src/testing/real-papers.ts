import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusFile } from '../domain/corpus/read-corpus-file.ts';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import { hfDailyDir } from './shared-corpus.ts';

/** The real corpus papers of the given Hugging Face day files (all files when none are named), one per id. */
export function readRealPapers(days?: readonly string[]): Paper[] {
  const files = days ? days.map((d) => `${d}.json`) : readdirSync(hfDailyDir).filter((f) => f.endsWith('.json')).sort();
  const papers = new Map<string, Paper>();
  for (const file of files) {
    const outcome = readCorpusFile(file, readFileSync(join(hfDailyDir, file), 'utf8'));
    if (!outcome.ok) continue;
    for (const paper of outcome.value.papers) if (!papers.has(paper.id)) papers.set(paper.id, paper);
  }
  return [...papers.values()];
}
