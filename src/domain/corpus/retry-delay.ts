/** How a client of a rate-limited source retries: see docs/corpus-format.md, "Fetching". */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff; doubled on every retry, with up to 25% jitter. */
  baseDelayMs: number;
  /** Longest wait this client accepts; a `Retry-After` beyond it ends the retries. */
  maxDelayMs: number;
  /** Retry a request that got no answer at all (connection refused, reset). */
  retryNetworkErrors: boolean;
}

/** 429 (rate limited) and 5xx (server trouble) may succeed later; other statuses will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Milliseconds to wait before retry number `attempt` (1 for the first retry). A
 * `Retry-After` header (seconds, or an HTTP date) is honoured as given; otherwise
 * exponential backoff. Undefined when the source asks for a longer wait than the policy
 * accepts, so the caller gives up instead of hammering it early.
 */
export function retryDelayMs(
  attempt: number,
  retryAfter: string | null | undefined,
  policy: RetryPolicy,
  now: number = Date.now(),
  random: () => number = Math.random,
): number | undefined {
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== undefined) return asked <= policy.maxDelayMs ? asked : undefined;
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(policy.maxDelayMs, Math.round(backoff * (1 + random() * 0.25)));
}

/** `Retry-After` in milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110). */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
