import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../../src/domain/corpus/paper-schema.ts';
import { readCorpusFile } from '../../../src/domain/corpus/read-corpus-file.ts';
import { comparePapersByUpvotes } from '../../../src/domain/feed/paper-order.ts';
import { sharedHfDailyDir } from './paths.ts';

/**
 * The real papers of the days whose file name starts with `period` (`2025-10` for a month),
 * or of the days `[from, to]` (both included), read from the shared files with the app's own
 * reader, deduplicated (a paper featured twice counts once), ranked as the app ranks a
 * period: upvotes, then id.
 */
export function rankedPapers(period: string | [from: string, to: string]): Paper[] {
  const inPeriod = (day: string) => (typeof period === 'string' ? day.startsWith(period) : day >= period[0] && day <= period[1]);
  const byId = new Map<string, Paper>();
  for (const name of readdirSync(sharedHfDailyDir).filter((n) => n.endsWith('.json') && inPeriod(n.slice(0, 10))).sort()) {
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
