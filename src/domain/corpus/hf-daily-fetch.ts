import { parseJson } from './detect-format.ts';
import { describeJsonValue } from './entry-collector.ts';
import { isRecord } from './validate-paper.ts';
import { isRetryableStatus, retryDelayMs, type RetryPolicy } from './retry-delay.ts';
import type { Sleep } from './request-pacer.ts';

/**
 * One day of the Hugging Face daily-papers API (`GET /api/daily_papers?date=D&limit=L&p=N`),
 * all pages of it, with retries. Shared by `corpus:fetch` (Node) and the app's live
 * refresh (worker): both pass their own `fetch`, `sleep` and pacing. Never throws;
 * a failed day is a value whose `reason` completes "<date> …".
 */

export { HF_DEFAULT_BASE_URL, HF_DEFAULT_PAGE_SIZE } from './hf-daily-defaults.ts';
/** Guards against a source that pages forever. 20 pages of 50 is far more than any real day. */
const MAX_PAGES = 20;

export interface FetchDayOptions {
  /** The site root, e.g. `https://huggingface.co`; the API path is appended. */
  baseUrl: string;
  pageSize: number;
  policy: RetryPolicy;
  fetchImpl: typeof fetch;
  sleep: Sleep;
  /** Awaited before every request, retries included (see request-pacer). */
  pace: (signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  onRetry?: (note: RetryNote) => void;
}

export interface RetryNote {
  date: string;
  page: number;
  /** `429`, `500`, or `network` when nothing came back. */
  cause: string;
  attempt: number;
  waitMs: number;
}

export type FailureKind = 'unreachable' | 'http' | 'content-type' | 'invalid-body' | 'cancelled';

export type DayFetch =
  | { ok: true; date: string; entries: unknown[]; pages: number; retries: RetryNote[] }
  | { ok: false; date: string; kind: FailureKind; reason: string; retries: RetryNote[] };

/** The API address of one page of one day; only ever under `baseUrl`. */
export function dailyPapersUrl(baseUrl: string, date: string, page: number, limit: number): string {
  const url = new URL('api/daily_papers', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  url.searchParams.set('date', date);
  url.searchParams.set('limit', String(limit));
  url.searchParams.set('p', String(page));
  return url.href;
}

/**
 * Fetches every page of `date`: a full page (as many entries as asked for) means there may
 * be more, so the next page is asked for, until a short or empty page, or a page that
 * brings no new paper id (a source that ignores `p`). Entries are kept in source order;
 * an id seen on an earlier page is dropped (upvotes can reorder the list between pages).
 */
export async function fetchDailyPapersDay(date: string, options: FetchDayOptions): Promise<DayFetch> {
  const retries: RetryNote[] = [];
  const entries: unknown[] = [];
  const seen = new Set<string>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = dailyPapersUrl(options.baseUrl, date, page, options.pageSize);
    const result = await fetchPage(url, date, page, options, retries);
    if (!result.ok) return { ok: false, date, kind: result.kind, reason: result.reason, retries };
    let fresh = 0;
    for (const entry of result.entries) {
      const id = isRecord(entry) && isRecord(entry.paper) && typeof entry.paper.id === 'string' ? entry.paper.id : undefined;
      if (id !== undefined && seen.has(id)) continue;
      if (id !== undefined) seen.add(id);
      entries.push(entry);
      fresh++;
    }
    if (result.entries.length < options.pageSize || fresh === 0) return { ok: true, date, entries, pages: page + 1, retries };
  }
  return { ok: false, date, kind: 'invalid-body', reason: `still had full pages after ${MAX_PAGES} pages; the source does not seem to page`, retries };
}

type PageResult = { ok: true; entries: unknown[] } | { ok: false; kind: FailureKind; reason: string };

async function fetchPage(url: string, date: string, page: number, options: FetchDayOptions, retries: RetryNote[]): Promise<PageResult> {
  const { policy, signal } = options;
  const where = page === 0 ? '' : ` (page ${page + 1})`;
  for (let attempt = 0; ; attempt++) {
    let cause: string;
    let retryAfter: string | null = null;
    let failure: PageResult & { ok: false };
    try {
      await options.pace(signal);
      // Called unbound: a browser's fetch called as a method of `options` throws "Illegal invocation".
      const fetchImpl = options.fetchImpl;
      const response = await fetchImpl(url, { signal, headers: { Accept: 'application/json' } });
      if (response.ok) return await readPage(response, where);
      cause = String(response.status);
      retryAfter = response.headers.get('Retry-After');
      await response.body?.cancel().catch(() => {});
      failure = { ok: false, kind: 'http', reason: `failed${where}: the source answered ${response.status} ${response.statusText}`.trimEnd() };
      if (!isRetryableStatus(response.status)) return failure;
    } catch (error) {
      if (signal?.aborted) return { ok: false, kind: 'cancelled', reason: 'was cancelled' };
      cause = 'network';
      failure = { ok: false, kind: 'unreachable', reason: `failed${where}: the source could not be reached (${describeError(error)})` };
      if (!policy.retryNetworkErrors) return failure;
    }
    if (attempt >= policy.retries) {
      return { ...failure, reason: `${failure.reason}, and still did after ${policy.retries} ${policy.retries === 1 ? 'retry' : 'retries'}` };
    }
    const waitMs = retryDelayMs(attempt + 1, retryAfter, policy);
    if (waitMs === undefined) {
      return { ...failure, reason: `${failure.reason} and asked to retry after ${retryAfter}, later than this client waits (${policy.maxDelayMs / 1000} s)` };
    }
    const note: RetryNote = { date, page, cause, attempt: attempt + 1, waitMs };
    retries.push(note);
    options.onRetry?.(note);
    try {
      await options.sleep(waitMs, signal);
    } catch {
      return { ok: false, kind: 'cancelled', reason: 'was cancelled' };
    }
  }
}

async function readPage(response: Response, where: string): Promise<PageResult> {
  const type = response.headers.get('Content-Type') ?? '(none)';
  if (!/\bjson\b/i.test(type)) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, kind: 'content-type', reason: `failed${where}: the source answered with Content-Type ${type}, not JSON (an error page or a proxy in between?)` };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { ok: false, kind: 'invalid-body', reason: `failed${where}: the response body was cut off (${describeError(error)})` };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { ok: false, kind: 'invalid-body', reason: `failed${where}: the response ${parsed.reason}; it was probably truncated (${text.length.toLocaleString('en')} characters received)` };
  }
  if (!Array.isArray(parsed.value)) {
    return { ok: false, kind: 'invalid-body', reason: `failed${where}: the response is ${describeJsonValue(parsed.value)}, not a list of daily papers` };
  }
  return { ok: true, entries: parsed.value };
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  const detail = cause instanceof Error ? `: ${(cause as { code?: string }).code ?? cause.message}` : '';
  return `${error.message}${detail}`;
}
