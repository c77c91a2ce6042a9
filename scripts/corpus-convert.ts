import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { describeIssue, type EntryIssue } from '../src/domain/corpus/import-issue.ts';
import type { Paper } from '../src/domain/corpus/paper-schema.ts';
import { readCorpusBytes } from '../src/domain/corpus/read-corpus-file.ts';
import { chooseRepeat, sightingOf, type Sighting } from '../src/domain/corpus/repeated-paper.ts';
import { writeCorpus } from './lib/write-corpus.ts';
import { describeFeeds, writeFeeds } from './lib/write-feeds.ts';

/**
 * `npm run corpus:convert -- PATH... [--out DIR] [--name NAME] [--site-url URL]` (the static
 * feeds' absolute links; see write-feeds.ts)
 * Converts Hugging Face daily files, arXiv JSON Lines and canonical shards (files, or the
 * files directly inside folders) into the static corpus the app loads from /corpus/.
 * A paper met in several files keeps its earliest day (see chooseRepeat). Returns the exit code.
 */
export async function main(argv: string[], log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, name: { type: 'string' }, 'site-url': { type: 'string' } } });
  } catch (error) {
    log(`corpus:convert: ${(error as Error).message}`);
    return 2;
  }
  if (args.positionals.length === 0) {
    log('usage: npm run corpus:convert -- PATH... [--out DIR] [--name NAME] [--site-url URL]');
    return 2;
  }
  const outDir = resolve(args.values.out ?? 'public/corpus');
  const files: string[] = [];
  const unreadable: string[] = [];
  for (const input of args.positionals) {
    try {
      files.push(...(await expandInput(input)));
    } catch (error) {
      unreadable.push(`${input}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (error as Error).message}`);
    }
  }

  // Name order, as the Import page reads them, so a tie between two files goes the same way.
  files.sort((a, b) => a.localeCompare(b));
  const byId = new Map<string, Paper>();
  const sightings = new Map<string, Sighting>();
  const issues: EntryIssue[] = [];
  let placeholders = 0;
  const notes: string[] = [];
  let read = 0;
  let entries = 0;
  for (const [index, file] of files.entries()) {
    if ((index + 1) % 50 === 0 || index + 1 === files.length) log(`reading ${index + 1}/${files.length}: ${file}`);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      unreadable.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    const outcome = readCorpusBytes(file, bytes);
    if (!outcome.ok) {
      unreadable.push(`${outcome.error.file} ${outcome.error.reason}`);
      continue;
    }
    read++;
    if (outcome.value.placeholder) placeholders++;
    if (outcome.value.note) notes.push(`${file} ${outcome.value.note}`);
    issues.push(...outcome.value.issues);
    for (const [position, paper] of outcome.value.papers.entries()) {
      entries++;
      const sighting = sightingOf(paper, file, outcome.value.entries?.[position] ?? position);
      const seen = sightings.get(paper.id);
      const choice = seen ? chooseRepeat(seen, sighting) : { keep: 'second' as const };
      if (choice.issue) issues.push(choice.issue);
      if (choice.keep === 'first') continue;
      sightings.set(paper.id, sighting);
      byId.set(paper.id, paper);
    }
  }

  const papers = [...byId.values()];
  const skipped = issues.filter((issue) => issue.severity === 'skipped');
  const fixed = issues.filter((issue) => issue.severity === 'fixed');
  log(`files: ${read} read (${placeholders} placeholders), ${unreadable.length} unreadable`);
  for (const line of unreadable) log(`  - ${line}`);
  for (const line of notes) log(`  - ${line}`);
  log(`papers: ${papers.length} (${entries - papers.length} repeated across files, each kept on its earliest day)`);
  logIssues(log, 'skipped', skipped);
  logIssues(log, 'fixed', fixed);
  if (papers.length === 0) {
    log('corpus:convert: no papers could be read; nothing written');
    return 1;
  }
  const manifest = await writeCorpus(outDir, papers, { name: args.values.name ?? corpusName(args.positionals, papers), demo: false });
  log(`wrote ${manifest.shards.length} monthly shards and manifest.json to ${outDir}`);
  log(describeFeeds(await writeFeeds(outDir, papers, args.values['site-url']), outDir));
  return 0;
}

/** A file as is; a folder as its .json/.jsonl/.ndjson/.xml files, sorted, without a manifest. */
async function expandInput(input: string): Promise<string[]> {
  if (!(await stat(input)).isDirectory()) return [input];
  const names = (await readdir(input)).filter((name) => /\.(json|jsonl|ndjson|xml)$/i.test(name) && name !== 'manifest.json');
  return names.sort().map((name) => join(input, name));
}

function corpusName(inputs: string[], papers: Paper[]): string {
  const dates = papers.map((paper) => paper.date).sort();
  const sources = inputs.map((input) => basename(resolve(input))).join(', ');
  return `${sources} (${dates[0]} to ${dates[dates.length - 1]})`.slice(0, 200);
}

const MAX_LISTED = 100;

function logIssues(log: (line: string) => void, label: string, issues: EntryIssue[]): void {
  log(`${label}: ${issues.length}`);
  for (const issue of issues.slice(0, MAX_LISTED)) log(`  - ${describeIssue(issue)}`);
  if (issues.length > MAX_LISTED) log(`  … and ${issues.length - MAX_LISTED} more`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
