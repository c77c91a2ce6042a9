import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import { readCorpusFile } from '../../src/domain/corpus/read-corpus-file.ts';
import { writeCorpus } from '../../scripts/lib/write-corpus.ts';
import { repoRoot } from './paths.ts';

/** The recorded OAI-PMH harvest (2,358 real cs papers announced 2021-03-22 to 03-30), never copied. */
const harvestPages = [1, 2, 3].map((n) => resolve(repoRoot, `../shared/corpus/arxiv-oai/trobertson__request${n}.xml`));

/** The day that gets 1,000 papers, and the harvest's own busiest day (539 papers), the baseline. */
export const BIG_DAY = '2021-03-31';
export const BIG_DAY_PAPERS = 1_000;
export const HARVEST_BUSIEST_DAY = '2021-03-30';

/**
 * A corpus for the big-listing-day bench: the real harvest as converted, except that 1,000
 * of its papers (the first by id, from the other days) are moved onto one extra day, since
 * no recorded day is that big. Their text, authors and categories are real. Undefined
 * when the recordings are absent.
 */
export async function makeBigDayCorpus(dir: string): Promise<string | undefined> {
  if (!harvestPages.every((file) => existsSync(file))) return undefined;
  const papers: Paper[] = [];
  for (const file of harvestPages) {
    const outcome = readCorpusFile(file, await readFile(file, 'utf8'));
    if (!outcome.ok) throw new Error(`${outcome.error.file} ${outcome.error.reason}`);
    papers.push(...outcome.value.papers);
  }
  const movable = papers.filter((paper) => paper.date !== HARVEST_BUSIEST_DAY).sort((a, b) => a.id.localeCompare(b.id));
  if (movable.length < BIG_DAY_PAPERS) throw new Error(`the harvest has only ${movable.length} papers off ${HARVEST_BUSIEST_DAY}`);
  const moved = new Set(movable.slice(0, BIG_DAY_PAPERS).map((paper) => paper.id));
  const corpus = papers.map((paper) => (moved.has(paper.id) ? { ...paper, date: BIG_DAY } : paper));
  await writeCorpus(dir, corpus, { name: `arXiv cs harvest with a ${BIG_DAY_PAPERS}-paper day (bench)`, demo: false });
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no manifest.json written into ${dir}`);
  return dir;
}
