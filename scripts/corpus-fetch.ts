import { readdir, readFile, mkdir, access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../src/domain/dates/calendar-date.ts';
import { addDays, daysBetween, utcToday } from '../src/domain/dates/day-range.ts';
import { fetchDailyPapersDay, HF_DEFAULT_BASE_URL, HF_DEFAULT_PAGE_SIZE, type RetryNote } from '../src/domain/corpus/hf-daily-fetch.ts';
import { createPacer, sleep as realSleep, type Sleep } from '../src/domain/corpus/request-pacer.ts';
import { isHttpUrl, type Paper } from '../src/domain/corpus/paper-schema.ts';
import { readCorpusFile } from '../src/domain/corpus/read-corpus-file.ts';
import { updateCorpus, writeAtomic } from './lib/write-corpus.ts';
import { arxivMain, readArxivPapers } from './corpus-fetch-arxiv.ts';
import { mergeSources } from './lib/merge-sources.ts';

const USAGE = `usage: npm run corpus:fetch -- --from YYYY-MM-DD --to YYYY-MM-DD [--out DIR] [--base-url URL]
  [--refresh] [--delay MS] [--retries N] [--max-wait S] [--page-size N] [--cache DIR]`;

export interface FetchDeps {
  fetchImpl?: typeof fetch;
  sleep?: Sleep;
  now?: () => number;
}

/**
 * `npm run corpus:fetch`: reads the Hugging Face daily-papers API day by day into
 * `DIR/.days/YYYY-MM-DD.json` (the raw merged pages, written atomically: the resume
 * state), then converts every cached day through the app's adapter into the monthly
 * shards and manifest of `DIR`. Returns the exit code: 0, 1 when a day failed, 2 on usage.
 */
export async function main(argv: string[], log: (line: string) => void = (line) => process.stderr.write(`${line}\n`), deps: FetchDeps = {}): Promise<number> {
  const source = argv.includes('--source') ? argv[argv.indexOf('--source') + 1] : 'hf';
  if (source === 'arxiv') return arxivMain(argv, log, { ...deps, readHfPapers: (out) => readCachedDays(join(out, '.days'), log).catch(() => []) });
  if (source !== 'hf') {
    log(`corpus:fetch: --source ${source} is not one of hf, arxiv`);
    return 2;
  }
  const parsed = parseOptions(argv.filter((arg, i) => arg !== '--source' && argv[i - 1] !== '--source'), deps.now?.() ?? Date.now());
  if ('error' in parsed) {
    log(`corpus:fetch: ${parsed.error}`);
    log(USAGE);
    return 2;
  }
  const o = parsed;
  const sleep = deps.sleep ?? realSleep;
  const pacer = createPacer(o.delayMs, sleep, deps.now);
  await mkdir(o.cacheDir, { recursive: true });
  const days = daysBetween(o.from, o.to);
  // The newest days can still gain papers: they are fetched again until they are two days old.
  const settled = addDays(utcToday(deps.now?.() ?? Date.now()), -1);
  const summary = { fetched: 0, skipped: 0, empty: 0, papers: 0, retries: [] as RetryNote[], failed: [] as string[] };
  const failedMonths = new Set<string>();

  for (const [index, date] of days.entries()) {
    const at = `[${index + 1}/${days.length}] ${date}`;
    const cacheFile = join(o.cacheDir, `${date}.json`);
    if (!o.refresh && date < settled && (await exists(cacheFile))) {
      summary.skipped++;
      log(`${at}: already fetched, skipped`);
      continue;
    }
    const result = await fetchDailyPapersDay(date, {
      baseUrl: o.baseUrl,
      pageSize: o.pageSize,
      policy: { retries: o.retries, baseDelayMs: 1000, maxDelayMs: o.maxWaitMs, retryNetworkErrors: true },
      fetchImpl: deps.fetchImpl ?? fetch,
      sleep,
      pace: (signal) => pacer.wait(signal),
      onRetry: (note) =>
        log(`${at}: ${note.cause === 'network' ? 'no answer' : `answered ${note.cause}`}${note.page ? ` on page ${note.page + 1}` : ''}, retry ${note.attempt} of ${o.retries} in ${(note.waitMs / 1000).toFixed(1)} s`),
    });
    summary.retries.push(...result.retries);
    if (!result.ok) {
      const line = `${date} ${result.reason}`;
      summary.failed.push(line);
      failedMonths.add(date.slice(0, 7));
      log(`${at}: FAILED: ${result.reason}; nothing stored for this day, its month's shard is left as it was`);
      continue;
    }
    const adapted = readCorpusFile(`${date}.json`, JSON.stringify(result.entries));
    await writeAtomic(cacheFile, JSON.stringify(result.entries));
    summary.fetched++;
    const count = adapted.ok ? adapted.value.papers.length : 0;
    if (result.entries.length === 0) summary.empty++;
    log(`${at}: ${result.entries.length === 0 ? 'no list (weekend or holiday)' : `${count} papers`}${result.pages > 1 ? ` in ${result.pages} pages` : ''}`);
  }

  const papers = mergeSources(await readCachedDays(o.cacheDir, log), await readArxivPapers(o.outDir, log));
  const dates = papers.map((p) => p.date).sort();
  const written = await updateCorpus(o.outDir, papers, {
    name: o.name ?? `Hugging Face daily papers (${dates[0] ?? o.from} to ${dates.at(-1) ?? o.to})`,
    hold: failedMonths,
  });
  summary.papers = written.manifest.shards.reduce((sum, s) => sum + s.count, 0);

  const causes = new Map<string, number>();
  for (const note of summary.retries) causes.set(note.cause, (causes.get(note.cause) ?? 0) + 1);
  log('');
  log(`days: ${days.length} (${summary.fetched} fetched, ${summary.empty} of them without a list; ${summary.skipped} skipped, already fetched)`);
  log(`papers: ${summary.papers} in ${written.manifest.shards.length} shards (${written.written.length} written, ${written.unchanged.length} unchanged${written.held.length ? `, ${written.held.length} held back: ${written.held.join(', ')}` : ''}) in ${o.outDir}`);
  log(`retries: ${summary.retries.length}${causes.size ? ` (${[...causes].map(([cause, n]) => `${cause}: ${n}`).join(', ')})` : ''}`);
  log(`errors: ${summary.failed.length}`);
  for (const line of summary.failed) log(`  - ${line}`);
  if (summary.failed.length) log('Run the same command again to fetch the failed days; days already fetched are skipped.');
  return summary.failed.length ? 1 : 0;
}

interface Options {
  from: string;
  to: string;
  outDir: string;
  cacheDir: string;
  baseUrl: string;
  refresh: boolean;
  delayMs: number;
  retries: number;
  maxWaitMs: number;
  pageSize: number;
  name?: string;
}

function parseOptions(argv: string[], now: number): Options | { error: string } {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' },
        'base-url': { type: 'string' }, refresh: { type: 'boolean' }, delay: { type: 'string' }, retries: { type: 'string' },
        'max-wait': { type: 'string' }, 'page-size': { type: 'string' }, name: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { from, to } = values;
  if (!from || !to) return { error: '--from and --to are required' };
  if (!isCalendarDate(from) || !isCalendarDate(to)) return { error: '--from and --to must be real dates written YYYY-MM-DD' };
  if (from > to) return { error: `--from ${from} is after --to ${to}` };
  if (to > utcToday(now)) return { error: `--to ${to} is in the future` };
  const baseUrl = values['base-url'] ?? HF_DEFAULT_BASE_URL;
  if (!isHttpUrl(baseUrl)) return { error: `--base-url ${baseUrl} is not an http(s) URL` };
  const number = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => {
    const n = raw === undefined ? fallback : Number(raw);
    return Number.isInteger(n) && n >= min && n <= max ? n : `--${name} must be a whole number from ${min} to ${max}`;
  };
  const delayMs = number('delay', values.delay, 1000, 0, 60_000);
  const retries = number('retries', values.retries, 4, 0, 10);
  const maxWait = number('max-wait', values['max-wait'], 120, 0, 3600);
  const pageSize = number('page-size', values['page-size'], HF_DEFAULT_PAGE_SIZE, 1, 100);
  for (const n of [delayMs, retries, maxWait, pageSize]) if (typeof n === 'string') return { error: n };
  const outDir = resolve(values.out ?? 'public/corpus');
  return {
    from, to, outDir,
    cacheDir: resolve(values.cache ?? join(outDir, '.days')),
    baseUrl, refresh: values.refresh ?? false,
    delayMs: delayMs as number, retries: retries as number, maxWaitMs: (maxWait as number) * 1000, pageSize: pageSize as number,
    ...(values.name ? { name: values.name } : {}),
  };
}

/** Every cached day through the app's adapter; a paper listed on several days keeps its earliest. */
async function readCachedDays(cacheDir: string, log: (line: string) => void): Promise<Paper[]> {
  const names = (await readdir(cacheDir)).filter((name) => /^\d{4}-\d{2}-\d{2}\.json$/.test(name)).sort();
  const byId = new Map<string, Paper>();
  let skipped = 0;
  for (const name of names) {
    const outcome = readCorpusFile(name, await readFile(join(cacheDir, name), 'utf8'));
    if (!outcome.ok) {
      log(`cached ${outcome.error.file} ${outcome.error.reason}; left out (delete it, or run with --refresh)`);
      continue;
    }
    skipped += outcome.value.issues.filter((issue) => issue.severity === 'skipped').length;
    for (const paper of outcome.value.papers) {
      const seen = byId.get(paper.id);
      if (!seen || paper.date < seen.date) byId.set(paper.id, paper);
    }
  }
  if (skipped) log(`entries skipped by the adapter (invalid): ${skipped}; run corpus:convert on ${cacheDir} to list them`);
  return [...byId.values()];
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
