import { ARXIV_MIN_DELAY_MS, fetchArxivXml } from '../../../domain/corpus/arxiv/arxiv-oai-fetch.ts';
import { arxivRssUrl } from '../../../domain/corpus/arxiv/arxiv-rss-url.ts';
import { isCategoryName } from '../../../domain/corpus/arxiv/category-sets.ts';
import type { EntryIssue } from '../../../domain/corpus/import-issue.ts';
import { isHttpUrl } from '../../../domain/corpus/paper-limits.ts';
import { createPacer, sleep as realSleep, type Sleep } from '../../../domain/corpus/request-pacer.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { pushCapped } from './import-report.ts';
import type { ImportEvent } from './import-protocol.ts';
import { ImportFailure, throwIfCancelled } from './sync-corpus.ts';

/** A request sent on time can still arrive early after a slow one: the same margin as corpus:fetch. */
const ARRIVAL_MARGIN_MS = 50;

/** What one arXiv refresh did, feed by feed; where it stopped if a feed failed. */
export interface ArxivRefreshReport {
  feeds: { category: string; papers: number; days: string[] }[];
  added: number;
  updated: number;
  unchanged: number;
  skipped: EntryIssue[];
  /** The first feed that failed; later ones were not asked for. `blocked`: the browser refused to let the page read the answer (CORS). */
  failed?: { category: string; reason: string; blocked: boolean };
}

export interface ArxivRefreshOptions {
  emit: (event: ImportEvent) => void;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  sleep?: Sleep;
  now?: () => number;
}

/**
 * Fetches the announcement feed (`<baseUrl>/rss/<category>`) of each category, one request
 * every 3 s as arXiv asks, through the same adapter as recorded files, one transaction per
 * feed. Stops at the first feed that fails: the feeds before it are kept. A feed holds only
 * the latest announcement day; older days come from `corpus:fetch --source arxiv`.
 */
export async function arxivRefresh(baseUrl: string, categories: readonly string[], options: ArxivRefreshOptions): Promise<ArxivRefreshReport> {
  if (!isHttpUrl(baseUrl)) throw new ImportFailure('bad-source', `The arXiv feed address "${baseUrl}" is not an http(s) address.`);
  const bad = categories.find((category) => !isCategoryName(category));
  if (bad !== undefined) throw new ImportFailure('bad-source', `"${bad}" is not an arXiv category like cs.CL.`);
  const { emit, signal } = options;
  const fetchImpl = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? realSleep;
  const pacer = createPacer(ARXIV_MIN_DELAY_MS + ARRIVAL_MARGIN_MS, sleep, options.now);
  const pace = (s?: AbortSignal) => pacer.wait(s);
  const report: ArxivRefreshReport = { feeds: [], added: 0, updated: 0, unchanged: 0, skipped: [] };
  emit({ type: 'started', total: categories.length, files: categories.length });
  for (const [index, category] of categories.entries()) {
    emit({ type: 'progress', progress: { done: index, total: categories.length, label: `Fetching arXiv ${category}` } });
    const url = arxivRssUrl(baseUrl, category);
    const policy = { retries: 2, baseDelayMs: ARXIV_MIN_DELAY_MS, maxDelayMs: 60_000, retryNetworkErrors: false };
    const page = await fetchArxivXml(url, { baseUrl, policy, fetchImpl, sleep, pace, signal }, 'arxiv-rss');
    throwIfCancelled(signal);
    if (!page.ok) {
      const blocked = page.unreachable === true && (await answersWithoutCors(url, fetchImpl, pace, signal));
      report.failed = { category, reason: page.reason, blocked };
      break;
    }
    const { papers, issues } = page.adapted;
    const stats = papers.length ? await upsertPapers(papers) : { added: 0, updated: 0, unchanged: 0 };
    report.added += stats.added;
    report.updated += stats.updated;
    report.unchanged += stats.unchanged;
    report.feeds.push({ category, papers: papers.length, days: [...new Set(papers.map((p) => p.date))].sort() });
    pushCapped(report.skipped, issues.filter((x) => x.severity === 'skipped'));
  }
  emit({ type: 'progress', progress: { done: categories.length, total: categories.length, label: 'Done' } });
  return report;
}

/**
 * A read that failed with no answer is either a source out of reach or a browser that got
 * the answer and withheld it from the page (no `Access-Control-Allow-Origin`, as arXiv
 * sends none). An opaque `no-cors` request tells them apart: it succeeds when the server
 * answered at all. It is a request like any other, so it waits for the pacer too.
 */
async function answersWithoutCors(url: string, fetchImpl: typeof fetch, pace: (s?: AbortSignal) => Promise<void>, signal?: AbortSignal): Promise<boolean> {
  try {
    await pace(signal);
    const response = await fetchImpl(url, { mode: 'no-cors', signal });
    await response.body?.cancel().catch(() => {});
    return true;
  } catch {
    return false;
  }
}
