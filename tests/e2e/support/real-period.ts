import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../../src/domain/corpus/paper-schema.ts';
import { readCorpusFile } from '../../../src/domain/corpus/read-corpus-file.ts';
import { comparePapersByUpvotes } from '../../../src/domain/feed/paper-order.ts';
import { sharedHfDailyDir } from './paths.ts';

/**
 * The real papers of the days whose file name starts with `prefix` (`2025-10` for a month),
 * read from the shared files with the app's own reader, deduplicated (a paper featured
 * twice counts once), ranked as the app ranks them: upvotes, then id.
 */
export function rankedPapers(prefix: string): Paper[] {
  const byId = new Map<string, Paper>();
  for (const name of readdirSync(sharedHfDailyDir).filter((n) => n.startsWith(prefix) && n.endsWith('.json')).sort()) {
    const outcome = readCorpusFile(name, readFileSync(join(sharedHfDailyDir, name), 'utf8'));
    if (!outcome.ok) continue;
    for (const paper of outcome.value.papers) if (!byId.has(paper.id)) byId.set(paper.id, paper);
  }
  return [...byId.values()].sort(comparePapersByUpvotes);
}

/** A title as an accessible name has it: white space collapsed. */
export function accessibleTitle(paper: Paper): string {
  return paper.title.replace(/\s+/g, ' ').trim();
}
