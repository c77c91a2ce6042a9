import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpusFile } from '../../../src/domain/corpus/read-corpus-file.ts';
import { sharedHfDailyDir } from './paths.ts';

/** A temp folder holding copies of real daily files (never copied into the repo). */
export async function folderOfDays(days: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'paperfeed-e2e-days-'));
  for (const day of days) await copyFile(join(sharedHfDailyDir, `${day}.json`), join(dir, `${day}.json`));
  return dir;
}

/** A real day's titles in the feed's order (upvotes, then id), white space as in an accessible name. */
export async function titlesOf(day: string, leaveOut: readonly string[] = []): Promise<string[]> {
  const outcome = readCorpusFile(`${day}.json`, await readFile(join(sharedHfDailyDir, `${day}.json`), 'utf8'));
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return outcome.value.papers
    .filter((p) => !leaveOut.includes(p.id))
    .sort((a, b) => b.upvotes - a.upvotes || a.id.localeCompare(b.id))
    .map((p) => p.title.replace(/\s+/g, ' ').trim());
}

/**
 * A real day file with three entries broken in three ways, written to a temp folder:
 * entry 3 loses `paper.title`, entry 10 gets text upvotes, entry 20 a date that is not one.
 */
export async function dayWithThreeBrokenEntries(day: string): Promise<{ path: string; broken: { entry: number; id: string; field: string }[] }> {
  const entries = JSON.parse(await readFile(join(sharedHfDailyDir, `${day}.json`), 'utf8')) as { paper: Record<string, unknown>; title?: string }[];
  delete entries[3]!.paper.title;
  delete entries[3]!.title;
  entries[10]!.paper.upvotes = 'many';
  entries[20]!.paper.submittedOnDailyAt = 'yesterday';
  const dir = await mkdtemp(join(tmpdir(), 'paperfeed-e2e-broken-'));
  const path = join(dir, `${day}.json`);
  await writeFile(path, JSON.stringify(entries, null, 4));
  return {
    path,
    broken: [
      { entry: 3, id: String(entries[3]!.paper.id), field: 'paper.title' },
      { entry: 10, id: String(entries[10]!.paper.id), field: 'paper.upvotes' },
      { entry: 20, id: String(entries[20]!.paper.id), field: 'paper.submittedOnDailyAt' },
    ],
  };
}
