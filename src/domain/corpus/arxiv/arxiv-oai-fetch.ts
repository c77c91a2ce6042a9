import type { Sleep } from '../request-pacer.ts';
import { isRetryableStatus, retryDelayMs, type RetryPolicy } from '../retry-delay.ts';
import type { ArxivAdapted } from './arxiv-outcome.ts';
import { MAX_XML_CHARS } from './parse-xml.ts';
import { readArxivXml } from './read-arxiv-xml.ts';

/**
 * One page of an arXiv OAI-PMH harvest, with arXiv's manners: every request waits for the
 * pacer (arXiv asks for one request every 3 seconds), 503 and 429 are retried after the
 * `Retry-After` they carry, and an answer is read only up to `MAX_XML_CHARS`. Shared by
 * `corpus:fetch --source arxiv` (Node) and anything in the app that harvests. Never throws.
 */

export const ARXIV_OAI_BASE_URL = 'https://oaipmh.arxiv.org/oai';
/** arXiv's published limit for its APIs: one request every three seconds. */
export const ARXIV_MIN_DELAY_MS = 3_000;

export interface OaiHarvest {
  set: string;
  from: string;
  until: string;
  metadataPrefix: 'oai_dc' | 'arXiv' | 'arXivRaw';
}

export interface OaiFetchOptions {
  /** The OAI-PMH endpoint itself, e.g. `https://oaipmh.arxiv.org/oai`. */
  baseUrl: string;
  policy: RetryPolicy;
  fetchImpl: typeof fetch;
  sleep: Sleep;
  pace: (signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  onRetry?: (note: { cause: string; attempt: number; waitMs: number }) => void;
}

export type OaiPage =
  | { ok: true; text: string; adapted: ArxivAdapted; retries: number }
  /** `unreachable`: no answer came back at all (offline, refused, or, in a browser, a blocked cross-origin read). */
  | { ok: false; reason: string; retries: number; badToken?: boolean; unreachable?: boolean };

/** The first request of a harvest, or the next one when `token` is given (then nothing else may be sent). */
export function oaiRequestUrl(baseUrl: string, harvest: OaiHarvest, token?: string): string {
  const url = new URL(baseUrl);
  url.search = '';
  url.searchParams.set('verb', 'ListRecords');
  if (token !== undefined) {
    url.searchParams.set('resumptionToken', token);
    return url.href;
  }
  url.searchParams.set('metadataPrefix', harvest.metadataPrefix);
  url.searchParams.set('set', harvest.set);
  url.searchParams.set('from', harvest.from);
  url.searchParams.set('until', harvest.until);
  return url.href;
}

export async function fetchOaiPage(url: string, options: OaiFetchOptions): Promise<OaiPage> {
  return fetchArxivXml(url, options, 'arxiv-oai');
}

/**
 * Any one arXiv XML answer (`expected` says which interface: OAI-PMH, search API Atom or
 * announcement RSS) with the same manners as an OAI page. Never throws.
 */
export async function fetchArxivXml(url: string, options: OaiFetchOptions, expected: ArxivAdapted['source']): Promise<OaiPage> {
  const { policy, signal } = options;
  let retries = 0;
  for (let attempt = 0; ; attempt++) {
    let failure: string;
    let retryAfter: string | null = null;
    let cause: string;
    try {
      await options.pace(signal);
      const fetchImpl = options.fetchImpl; // unbound: a browser's fetch called as a method throws
      const response = await fetchImpl(url, { signal, headers: { Accept: 'application/xml, text/xml' } });
      if (response.ok) return { ...(await readPage(response, expected)), retries };
      cause = String(response.status);
      retryAfter = response.headers.get('Retry-After');
      await response.body?.cancel().catch(() => {});
      failure = `arXiv answered ${response.status} ${response.statusText}`.trimEnd();
      if (!isRetryableStatus(response.status)) return { ok: false, reason: failure, retries };
    } catch (error) {
      if (signal?.aborted) return { ok: false, reason: 'was cancelled', retries };
      cause = 'network';
      failure = `arXiv could not be reached (${(error as Error).message})`;
      if (!policy.retryNetworkErrors) return { ok: false, reason: failure, retries, unreachable: true };
    }
    if (attempt >= policy.retries) return { ok: false, reason: `${failure}, and still did after ${policy.retries} retries`, retries, ...(cause === 'network' ? { unreachable: true } : {}) };
    const waitMs = retryDelayMs(attempt + 1, retryAfter, policy);
    if (waitMs === undefined) return { ok: false, reason: `${failure} and asked to retry after ${retryAfter} s, later than this client waits (${policy.maxDelayMs / 1000} s)`, retries };
    retries++;
    options.onRetry?.({ cause, attempt: attempt + 1, waitMs });
    try {
      await options.sleep(waitMs, signal);
    } catch {
      return { ok: false, reason: 'was cancelled', retries };
    }
  }
}

type PageBody = { ok: true; text: string; adapted: ArxivAdapted } | { ok: false; reason: string; badToken?: boolean };

const INTERFACE_NAMES: Record<ArxivAdapted['source'], string> = { 'arxiv-oai': 'OAI-PMH', 'arxiv-atom': 'a search API (Atom) answer', 'arxiv-rss': 'an announcement RSS feed' };

async function readPage(response: Response, expected: ArxivAdapted['source']): Promise<PageBody> {
  const length = Number(response.headers.get('Content-Length') ?? NaN);
  if (length > MAX_XML_CHARS * 4) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, reason: `the answer is ${(length / 1024 / 1024).toFixed(0)} MB, more than an arXiv page can be; not read` };
  }
  const text = await readLimited(response);
  if (typeof text !== 'string') return text;
  const outcome = readArxivXml('the answer', text);
  if (!outcome.ok) {
    return { ok: false, reason: `the answer ${outcome.error.reason}`, ...(/badResumptionToken/.test(outcome.error.reason) ? { badToken: true } : {}) };
  }
  if (outcome.value.source !== expected) return { ok: false, reason: `the answer is an arXiv ${outcome.value.source} document, not ${INTERFACE_NAMES[expected]}` };
  return { ok: true, text, adapted: outcome.value };
}

/** The body as text, stopping (and cancelling the download) past the size limit. */
async function readLimited(response: Response): Promise<string | { ok: false; reason: string }> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
      if (text.length > MAX_XML_CHARS) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: `the answer is larger than ${MAX_XML_CHARS / 1024 / 1024} MB, more than an arXiv page can be; the download was stopped there` };
      }
    }
  } catch (error) {
    return { ok: false, reason: `the answer was cut off (${(error as Error).message})` };
  }
}
