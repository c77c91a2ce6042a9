import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../src/domain/dates/calendar-date.ts';
import type { Paper } from '../src/domain/corpus/paper-schema.ts';
import { arxivIds, papersPerDay, publishedAtFor, weekdaysInWindow } from './lib/demo-calendar.ts';
import { makeDemoPaper } from './lib/demo-paper.ts';
import { createRandom } from '../src/domain/seeded-random.ts';
import { writeCorpus } from './lib/write-corpus.ts';
import { writeFeeds } from './lib/write-feeds.ts';

/**
 * Generates the bundled demo corpus (and the 10k/100k benchmark corpora): made-up but
 * realistic ML papers, byte-identical for the same options. See docs in `--help`.
 */

export interface CorpusOptions {
  count: number;
  months: number;
  /** Last day of the window, YYYY-MM-DD. */
  end: string;
  seed: string;
}

export const DEFAULTS = { count: 3_600, months: 12, seed: 'paperfeed', out: 'public/corpus', name: 'Demo corpus (generated)' } as const;

/** Papers with more authors than this exist only once per corpus (when it holds at least 100 papers). */
const GIANT_AUTHOR_COUNT = 3_000;

/**
 * `count` demo papers on the weekdays of the window, oldest first. Pure: the same options
 * always give deep-equal papers.
 */
export function generateCorpus(options: CorpusOptions): Paper[] {
  const random = createRandom(`paperfeed-demo:${options.seed}`);
  const days = weekdaysInWindow(options.end, options.months);
  const perDay = papersPerDay(random, days, options.count);
  const giant = options.count >= 100 ? random.int(0, options.count - 1) : -1;
  const papers: Paper[] = [];
  let monthStart = 0;
  while (monthStart < days.length) {
    const month = days[monthStart]!.slice(0, 7);
    let monthEnd = monthStart;
    while (monthEnd < days.length && days[monthEnd]!.startsWith(month)) monthEnd++;
    const inMonth = perDay.slice(monthStart, monthEnd).reduce((a, b) => a + b, 0);
    const ids = arxivIds(random, month, inMonth);
    let next = 0;
    for (let d = monthStart; d < monthEnd; d++) {
      const date = days[d]!;
      for (let k = 0; k < perDay[d]!; k++) {
        const slot = { id: ids[next++]!, date, publishedAt: publishedAtFor(random, date) };
        papers.push(makeDemoPaper(random, papers.length === giant ? { ...slot, authorCount: GIANT_AUTHOR_COUNT } : slot));
      }
    }
    monthStart = monthEnd;
  }
  return papers;
}

export const USAGE = `Usage: tsx scripts/generate-corpus.ts [options]
  --count N          papers to generate (default ${DEFAULTS.count})
  --months M         months of weekdays the papers spread over (default ${DEFAULTS.months})
  --end YYYY-MM-DD   last day of the window (default: today, UTC)
  --seed S           random seed; same options give byte-identical files (default '${DEFAULTS.seed}')
  --out DIR          output folder (default ${DEFAULTS.out})
  --name NAME        corpus name in manifest.json (default '${DEFAULTS.name}')
  --if-missing       do nothing when DIR/manifest.json already exists`;

export interface CliOptions extends CorpusOptions {
  out: string;
  name: string;
  ifMissing: boolean;
}

export type ParsedCli = { ok: true; options: CliOptions } | { ok: false; message: string } | { ok: 'help' };

/** Reads the command line; a bad flag or value is returned as a message, not thrown. */
export function parseCli(argv: readonly string[], today: () => string): ParsedCli {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        count: { type: 'string' }, months: { type: 'string' }, end: { type: 'string' }, seed: { type: 'string' },
        out: { type: 'string' }, name: { type: 'string' }, 'if-missing': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (values.help) return { ok: 'help' };
  const count = Number(values.count ?? DEFAULTS.count);
  const months = Number(values.months ?? DEFAULTS.months);
  const end = values.end ?? today();
  if (!Number.isInteger(count) || count < 0 || count > 5_000_000) return { ok: false, message: `--count must be a whole number from 0 to 5000000, not '${values.count}'` };
  if (!Number.isInteger(months) || months < 1 || months > 600) return { ok: false, message: `--months must be a whole number from 1 to 600, not '${values.months}'` };
  if (!isCalendarDate(end)) return { ok: false, message: `--end must be a real date written YYYY-MM-DD, not '${end}'` };
  if (values.seed === '') return { ok: false, message: '--seed must not be empty' };
  return {
    ok: true,
    options: {
      count, months, end,
      seed: values.seed ?? DEFAULTS.seed,
      out: values.out ?? DEFAULTS.out,
      name: values.name ?? DEFAULTS.name,
      ifMissing: values['if-missing'] ?? false,
    },
  };
}

/** The command: returns the exit code; progress and errors go to `log` (stderr). */
export async function runCli(argv: readonly string[], log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<number> {
  const parsed = parseCli(argv, () => new Date().toISOString().slice(0, 10));
  if (parsed.ok === 'help') return log(USAGE), 0;
  if (!parsed.ok) return log(`generate-corpus: ${parsed.message}\n${USAGE}`), 2;
  const { out, name, ifMissing, ...options } = parsed.options;
  const manifestPath = join(out, 'manifest.json');
  if (ifMissing && existsSync(manifestPath)) {
    log(`generate-corpus: ${manifestPath} exists, leaving that corpus as it is (--if-missing)`);
    return 0;
  }
  const started = performance.now();
  const papers = generateCorpus(options);
  // generatedAt comes from the options, not the clock, so reruns give the same bytes.
  const manifest = await writeCorpus(out, papers, { name, demo: true, generatedAt: `${options.end}T00:00:00.000Z` });
  await writeFeeds(out, papers);
  const bytes = manifest.shards.reduce((sum, shard) => sum + statSync(join(out, shard.file)).size, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `generate-corpus: ${papers.length} papers, ${papers[0]?.date ?? '-'}..${papers.at(-1)?.date ?? '-'}, seed '${options.seed}' → ` +
      `${out} (${manifest.shards.length} shards, ${(bytes / 1e6).toFixed(1)} MB) in ${seconds} s`,
  );
  return 0;
}

function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(resolve(script)) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`generate-corpus: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
