import { mkdir, readdir, readFile, rm, writeFile, access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../src/domain/dates/calendar-date.ts';
import { addDays, daysBetween, utcToday } from '../src/domain/dates/day-range.ts';
import { ARXIV_MIN_DELAY_MS, ARXIV_OAI_BASE_URL, fetchOaiPage, oaiRequestUrl, type OaiHarvest } from '../src/domain/corpus/arxiv/arxiv-oai-fetch.ts';
import { inFollowedCategories, isCategoryName, oaiSetOf } from '../src/domain/corpus/arxiv/category-sets.ts';
import { readArxivXml } from '../src/domain/corpus/arxiv/read-arxiv-xml.ts';
import { categoryFromSetSpec } from '../src/domain/corpus/arxiv/category-names.ts';
import { createPacer, sleep as realSleep, type Sleep } from '../src/domain/corpus/request-pacer.ts';
import { isHttpUrl, type Paper } from '../src/domain/corpus/paper-schema.ts';
import { keepEarliest, mergeSources } from './lib/merge-sources.ts';
import { updateCorpus, writeAtomic } from './lib/write-corpus.ts';

/** Added to the delay between requests, see the pacer below. */
const ARRIVAL_MARGIN_MS = 50;

export const ARXIV_USAGE = `usage: npm run corpus:fetch -- --source arxiv --category CAT [--category CAT...] --from YYYY-MM-DD --to YYYY-MM-DD
  [--out DIR] [--base-url OAI-ENDPOINT] [--format arXiv|arXivRaw|oai_dc] [--window-days N] [--delay MS] [--retries N]
  [--max-wait S] [--refresh] [--cache DIR]`;

export interface ArxivFetchDeps {
  fetchImpl?: typeof fetch;
  sleep?: Sleep;
  now?: () => number;
  /** Where the Hugging Face days are cached, to merge both sources into one corpus. */
  readHfPapers?: (outDir: string) => Promise<Paper[]>;
}

/**
 * `corpus:fetch --source arxiv`: harvests arXiv's OAI-PMH interface set by set (an
 * archive: `cs` for cs.CL) in windows of days, page by page along the resumption
 * tokens, keeping every raw page in `CACHE/<set>/<format>/<from>_<until>/` (written
 * atomically). That folder is the resume state: a finished window is skipped, a killed
 * one continues from its last page's token. Then every finished window is read through
 * the app's adapter, kept to the followed categories, merged with the Hugging Face days
 * and written as the monthly shards. Returns 0, 1 when a window failed, 2 on usage.
 */
export async function arxivMain(argv: string[], log: (line: string) => void, deps: ArxivFetchDeps = {}): Promise<number> {
  const now = deps.now?.() ?? Date.now();
  const o = parseArxivOptions(argv, now);
  if ('error' in o) {
    log(`corpus:fetch: ${o.error}`);
    log(ARXIV_USAGE);
    return 2;
  }
  const sleep = deps.sleep ?? realSleep;
  // arXiv's limit is about arrivals at arXiv: a request sent on time can still arrive early
  // relative to the one before it when that one was slow on the wire, so pace with a margin.
  const pacer = createPacer(o.delayMs + ARRIVAL_MARGIN_MS, sleep, deps.now);
  await mkdir(o.cacheDir, { recursive: true });
  const followed = await rememberFollowed(o.cacheDir, o.categories);
  const settled = addDays(utcToday(now), -1);
  const sets = [...new Set(o.categories.map(oaiSetOf))].sort();
  const windows = windowsOf(o.from, o.to, o.windowDays);
  const summary = { fetched: 0, skipped: 0, pages: 0, retries: 0, failed: [] as string[] };
  const failedMonths = new Set<string>();

  for (const set of sets) {
    for (const [index, [from, until]] of windows.entries()) {
      const harvest: OaiHarvest = { set, from, until, metadataPrefix: o.format };
      const at = `[${set} ${index + 1}/${windows.length}] ${from}${until === from ? '' : ` to ${until}`}`;
      const dir = windowDir(o.cacheDir, harvest);
      if (!o.refresh && until < settled && (await exists(join(dir, 'complete.json')))) {
        summary.skipped++;
        log(`${at}: already fetched, skipped`);
        continue;
      }
      if (o.refresh) await rm(dir, { recursive: true, force: true });
      const result = await harvestWindow(harvest, dir, o, { fetchImpl: deps.fetchImpl ?? fetch, sleep, pace: (s) => pacer.wait(s) }, (line) => log(`${at}: ${line}`));
      summary.pages += result.pages;
      summary.retries += result.retries;
      if (!result.ok) {
        summary.failed.push(`${set} ${from}${until === from ? '' : ` to ${until}`} ${result.reason}`);
        for (const day of daysBetween(from, until)) failedMonths.add(day.slice(0, 7));
        log(`${at}: FAILED: ${result.reason}; the pages so far are kept, the next run goes on from there; its months' shards are left as they were`);
        continue;
      }
      summary.fetched++;
      log(`${at}: ${result.records} records in ${result.pagesTotal} ${result.pagesTotal === 1 ? 'page' : 'pages'}`);
    }
  }

  const arxiv = await readArxivCache(o.cacheDir, followed, log);
  const hf = (await deps.readHfPapers?.(o.outDir)) ?? [];
  const papers = mergeSources(hf, arxiv.papers);
  const dates = papers.map((p) => p.date).sort();
  const written = await updateCorpus(o.outDir, papers, {
    name: o.name ?? `arXiv ${followed.join(', ')}${hf.length ? ' and Hugging Face daily papers' : ''} (${dates[0] ?? o.from} to ${dates.at(-1) ?? o.to})`,
    hold: failedMonths,
  });
  const total = written.manifest.shards.reduce((sum, s) => sum + s.count, 0);
  log('');
  log(`windows: ${windows.length * sets.length} (${summary.fetched} fetched in ${summary.pages} requests, ${summary.skipped} skipped, already fetched)`);
  log(`arXiv records: ${arxiv.records} read, ${arxiv.outside} outside ${followed.join(', ')}, ${arxiv.repeated} repeated (the same paper announced again), ${arxiv.papers.length} distinct papers`);
  log(`papers: ${total} in ${written.manifest.shards.length} shards (${written.written.length} written, ${written.unchanged.length} unchanged${written.held.length ? `, ${written.held.length} held back: ${written.held.join(', ')}` : ''}) in ${o.outDir}`);
  log(`retries: ${summary.retries}`);
  log(`errors: ${summary.failed.length}`);
  for (const line of summary.failed) log(`  - ${line}`);
  if (summary.failed.length) log('Run the same command again to fetch the failed windows; finished windows are skipped.');
  return summary.failed.length ? 1 : 0;
}

type Harvested = { ok: true; records: number; pagesTotal: number; pages: number; retries: number } | { ok: false; reason: string; pages: number; retries: number };

interface Client {
  fetchImpl: typeof fetch;
  sleep: Sleep;
  pace: (signal?: AbortSignal) => Promise<void>;
}

/** One window, from its first page or from the token of the last page a killed run kept. */
async function harvestWindow(harvest: OaiHarvest, dir: string, o: ArxivOptions, client: Client, log: (line: string) => void, restarted = false): Promise<Harvested> {
  await mkdir(dir, { recursive: true });
  const kept = (await readdir(dir)).filter((name) => /^page-\d{4}\.xml$/.test(name)).sort();
  let token: string | undefined;
  if (kept.length) {
    const last = readArxivXml(kept.at(-1)!, await readFile(join(dir, kept.at(-1)!), 'utf8'));
    token = last.ok ? last.value.paging.resumptionToken : undefined;
    if (token === undefined) return finish(dir, kept.length, 0, 0);
    log(`going on from page ${kept.length + 1} (token ${token})`);
  }
  let pages = 0;
  let retries = 0;
  for (let number = kept.length + 1; number <= 10_000; number++) {
    const url = oaiRequestUrl(o.baseUrl, harvest, token);
    const page = await fetchOaiPage(url, {
      baseUrl: o.baseUrl,
      policy: { retries: o.retries, baseDelayMs: 5_000, maxDelayMs: o.maxWaitMs, retryNetworkErrors: true },
      ...client,
      onRetry: (note) => log(`${note.cause === 'network' ? 'no answer' : `answered ${note.cause}`} on page ${number}, retry ${note.attempt} of ${o.retries} in ${(note.waitMs / 1000).toFixed(1)} s`),
    });
    pages++;
    retries += page.retries;
    if (!page.ok) {
      if (page.badToken && !restarted) {
        log(`arXiv no longer knows the token (${token}); starting the window again`);
        await rm(dir, { recursive: true, force: true });
        const again = await harvestWindow(harvest, dir, o, client, log, true);
        return { ...again, pages: pages + again.pages, retries: retries + again.retries };
      }
      return { ok: false, reason: `failed on page ${number}: ${page.reason}`, pages, retries };
    }
    await writeAtomic(join(dir, `page-${String(number).padStart(4, '0')}.xml`), page.text);
    token = page.adapted.paging.resumptionToken;
    if (token === undefined) return finish(dir, number, pages, retries);
  }
  return { ok: false, reason: 'still had resumption tokens after 10,000 pages; the source does not seem to end its list', pages, retries };
}

async function finish(dir: string, pagesTotal: number, pages: number, retries: number): Promise<Harvested> {
  let records = 0;
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.xml'))) {
    const outcome = readArxivXml(name, await readFile(join(dir, name), 'utf8'));
    if (outcome.ok) records += outcome.value.records;
  }
  await writeAtomic(join(dir, 'complete.json'), JSON.stringify({ pages: pagesTotal, records }) + '\n');
  return { ok: true, records, pagesTotal, pages, retries };
}

/** Every finished window's pages, through the app's adapter, kept to the followed categories. */
export async function readArxivCache(cacheDir: string, followed: readonly string[], log: (line: string) => void) {
  const byId = new Map<string, Paper>();
  const result = { records: 0, outside: 0, repeated: 0, papers: [] as Paper[] };
  if (!(await exists(cacheDir))) return result;
  for (const { dir, set } of await windowDirs(cacheDir)) {
    // A record harvested from a set belongs to that archive, whatever names it lists (an eess.SY paper is in set cs as cs.SY).
    const wholeArchive = followed.includes(categoryFromSetSpec(set) ?? '');
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.xml')).sort()) {
      const outcome = readArxivXml(name, await readFile(join(dir, name), 'utf8'));
      if (!outcome.ok) {
        log(`cached ${join(dir, name)} ${outcome.error.reason}; left out (delete its folder, or run with --refresh)`);
        continue;
      }
      result.records += outcome.value.papers.length;
      for (const paper of outcome.value.papers) {
        if (!wholeArchive && !inFollowedCategories(paper.categories, followed)) result.outside++;
        else if (keepEarliest(byId, paper)) result.repeated++;
      }
    }
  }
  result.papers = [...byId.values()];
  return result;
}

async function windowDirs(cacheDir: string): Promise<Array<{ dir: string; set: string }>> {
  const found: Array<{ dir: string; set: string }> = [];
  for (const set of (await readdir(cacheDir, { withFileTypes: true })).filter((e) => e.isDirectory())) {
    for (const format of await readdir(join(cacheDir, set.name))) {
      for (const window of (await readdir(join(cacheDir, set.name, format))).sort()) {
        const dir = join(cacheDir, set.name, format, window);
        if (await exists(join(dir, 'complete.json'))) found.push({ dir, set: set.name.replace('_', ':') });
      }
    }
  }
  return found;
}

/** The categories followed so far, this run's added: the corpus keeps what earlier runs followed. */
async function rememberFollowed(cacheDir: string, categories: string[]): Promise<string[]> {
  const file = join(cacheDir, 'follow.json');
  let before: string[] = [];
  try {
    const json: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (Array.isArray(json)) before = json.filter((c): c is string => typeof c === 'string' && isCategoryName(c));
  } catch {
    // first run
  }
  const all = [...new Set([...before, ...categories])].sort();
  await writeFile(file, JSON.stringify(all) + '\n');
  return all;
}

function windowDir(cacheDir: string, h: OaiHarvest): string {
  return join(cacheDir, h.set.replace(':', '_'), h.metadataPrefix, `${h.from}_${h.until}`);
}

function windowsOf(from: string, to: string, size: number): Array<[string, string]> {
  const days = daysBetween(from, to);
  const windows: Array<[string, string]> = [];
  for (let i = 0; i < days.length; i += size) windows.push([days[i]!, days[Math.min(i + size, days.length) - 1]!]);
  return windows;
}

interface ArxivOptions {
  categories: string[];
  from: string;
  to: string;
  outDir: string;
  cacheDir: string;
  baseUrl: string;
  format: OaiHarvest['metadataPrefix'];
  windowDays: number;
  refresh: boolean;
  delayMs: number;
  retries: number;
  maxWaitMs: number;
  name?: string;
}

function parseArxivOptions(argv: string[], now: number): ArxivOptions | { error: string } {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        source: { type: 'string' }, category: { type: 'string', multiple: true }, from: { type: 'string' }, to: { type: 'string' },
        out: { type: 'string' }, cache: { type: 'string' }, 'base-url': { type: 'string' }, format: { type: 'string' },
        'window-days': { type: 'string' }, refresh: { type: 'boolean' }, delay: { type: 'string' }, retries: { type: 'string' },
        'max-wait': { type: 'string' }, name: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return { error: (error as Error).message };
  }
  const categories = values.category ?? [];
  if (categories.length === 0) return { error: '--category is required (e.g. --category cs.CL --category cs.LG, or a whole archive: --category cs)' };
  const bad = categories.find((c) => !isCategoryName(c));
  if (bad !== undefined) return { error: `--category ${bad} is not an arXiv category like cs.CL, hep-th or math` };
  const { from, to } = values;
  if (!from || !to) return { error: '--from and --to are required' };
  if (!isCalendarDate(from) || !isCalendarDate(to)) return { error: '--from and --to must be real dates written YYYY-MM-DD' };
  if (from > to) return { error: `--from ${from} is after --to ${to}` };
  if (to > utcToday(now)) return { error: `--to ${to} is in the future` };
  const baseUrl = values['base-url'] ?? ARXIV_OAI_BASE_URL;
  if (!isHttpUrl(baseUrl)) return { error: `--base-url ${baseUrl} is not an http(s) URL` };
  const format = values.format ?? 'arXiv';
  if (format !== 'arXiv' && format !== 'arXivRaw' && format !== 'oai_dc') return { error: `--format ${format} is not one of arXiv, arXivRaw, oai_dc` };
  const number = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => {
    const n = raw === undefined ? fallback : Number(raw);
    return Number.isInteger(n) && n >= min && n <= max ? n : `--${name} must be a whole number from ${min} to ${max}`;
  };
  const delayMs = number('delay', values.delay, ARXIV_MIN_DELAY_MS, 0, 600_000);
  const retries = number('retries', values.retries, 4, 0, 10);
  const maxWait = number('max-wait', values['max-wait'], 600, 0, 3600);
  const windowDays = number('window-days', values['window-days'], 1, 1, 366);
  for (const n of [delayMs, retries, maxWait, windowDays]) if (typeof n === 'string') return { error: n };
  if ((delayMs as number) < ARXIV_MIN_DELAY_MS && /(^|\.)arxiv\.org$/i.test(new URL(baseUrl).hostname)) {
    return { error: `--delay ${delayMs} is below arXiv's published limit of one request every ${ARXIV_MIN_DELAY_MS / 1000} seconds` };
  }
  const outDir = resolve(values.out ?? 'public/corpus');
  return {
    categories, from, to, outDir, cacheDir: resolve(values.cache ?? join(outDir, '.arxiv')), baseUrl, format,
    windowDays: windowDays as number, refresh: values.refresh ?? false, delayMs: delayMs as number, retries: retries as number,
    maxWaitMs: (maxWait as number) * 1000, ...(values.name ? { name: values.name } : {}),
  };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The arXiv papers an earlier `--source arxiv` run left in `outDir/.arxiv`, for the Hugging Face run to keep. */
export async function readArxivPapers(outDir: string, log: (line: string) => void): Promise<Paper[]> {
  const cacheDir = join(outDir, '.arxiv');
  if (!(await exists(join(cacheDir, 'follow.json')))) return [];
  return (await readArxivCache(cacheDir, await rememberFollowed(cacheDir, []), log)).papers;
}
