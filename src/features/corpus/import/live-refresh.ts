import { adaptHfDaily } from '../../../domain/corpus/hf-daily-adapter.ts';
import { fetchDailyPapersDay } from '../../../domain/corpus/hf-daily-fetch.ts';
import { HF_DEFAULT_PAGE_SIZE } from '../../../domain/corpus/hf-daily-defaults.ts';
import { DEMO_REPLACEMENT_DAYS } from './demo-replacement.ts';
import { isHttpUrl } from '../../../domain/corpus/paper-limits.ts';
import { createPacer, sleep as realSleep, type Sleep } from '../../../domain/corpus/request-pacer.ts';
import { addDays, daysBetween } from '../../../domain/dates/day-range.ts';
import { getRefreshCheckedThrough, putRefreshCheckedThrough } from '../../../db/live-refresh-repo.ts';
import { newestDate, upsertPapers } from '../../../db/papers-repo.ts';
import { removeDemoPapers } from '../../../db/replace-demo-repo.ts';
import { pushCapped } from './import-report.ts';
import type { ImportEvent } from './import-protocol.ts';
import type { RefreshReport } from './refresh-report.ts';
import { ImportFailure, throwIfCancelled } from './sync-corpus.ts';

/** At most this many days per refresh; a longer gap is caught up by the next ones. */
export const MAX_REFRESH_DAYS = 31;
/** With nothing stored, a refresh starts this many days back. */
const FIRST_REFRESH_DAYS = 7;
/** Gentle on the source: one request every quarter second at most. */
const REQUEST_INTERVAL_MS = 250;

export interface RefreshOptions {
  emit: (event: ImportEvent) => void;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  sleep?: Sleep;
  /** Remove the demo corpus's papers first (see removeDemoPapers) and fetch the last weeks. */
  replaceDemo?: boolean;
}

/**
 * Fetches the days after the newest stored day (or after the last day a refresh already
 * checked) up to `today` from the daily-papers API at `baseUrl`, through the same adapter
 * as the files, one transaction per day. Stops at the first day that fails: the days
 * before it are kept, and the report says why it stopped.
 */
export async function liveRefresh(baseUrl: string, today: string, options: RefreshOptions): Promise<RefreshReport> {
  if (!isHttpUrl(baseUrl)) throw new ImportFailure('bad-source', `The live refresh source "${baseUrl}" is not an http(s) address.`);
  const { emit, signal } = options;
  const report: RefreshReport = { days: [], emptyDays: 0, added: 0, updated: 0, unchanged: 0, skipped: [], more: false };
  // A day is final once it is two days old; yesterday and today are asked for again each time.
  const settled = addDays(today, -1);
  if (options.replaceDemo) await removeDemoPapers();
  const after = [await newestDate(), await getRefreshCheckedThrough()].filter((d): d is string => !!d).sort().at(-1);
  const next = after ? addDays(after, 1) : addDays(today, -((options.replaceDemo ? DEMO_REPLACEMENT_DAYS : FIRST_REFRESH_DAYS) - 1));
  const from = next < settled ? next : settled;
  const wanted = daysBetween(from, today);
  if (wanted.length === 0) return report;
  const days = wanted.slice(0, MAX_REFRESH_DAYS);
  report.from = days[0];
  report.to = days.at(-1);
  report.more = wanted.length > days.length;
  const sleep = options.sleep ?? realSleep;
  const pacer = createPacer(REQUEST_INTERVAL_MS, sleep);
  emit({ type: 'started', total: days.length, files: days.length });
  for (const [index, date] of days.entries()) {
    emit({ type: 'progress', progress: { done: index, total: days.length, label: `Fetching ${date}` } });
    const result = await fetchDailyPapersDay(date, {
      baseUrl,
      pageSize: HF_DEFAULT_PAGE_SIZE,
      policy: { retries: 2, baseDelayMs: 1000, maxDelayMs: 30_000, retryNetworkErrors: false },
      fetchImpl: options.fetchImpl ?? fetch,
      sleep,
      pace: (s) => pacer.wait(s),
      signal,
    });
    throwIfCancelled(signal);
    if (!result.ok) {
      report.failed = { date, kind: result.kind, reason: result.reason };
      break;
    }
    const adapted = adaptHfDaily(`${date}.json`, result.entries, date);
    if (!adapted.ok) {
      report.failed = { date, kind: 'invalid-body', reason: adapted.error.reason };
      break;
    }
    const { papers, issues } = adapted.value;
    if (papers.length === 0) report.emptyDays++;
    else {
      const stats = await upsertPapers(papers);
      report.added += stats.added;
      report.updated += stats.updated;
      report.unchanged += stats.unchanged;
      report.days.push({ date, papers: papers.length });
    }
    pushCapped(report.skipped, issues.filter((x) => x.severity === 'skipped'));
    if (date < settled) await putRefreshCheckedThrough(date);
  }
  emit({ type: 'progress', progress: { done: days.length, total: days.length, label: 'Done' } });
  return report;
}
