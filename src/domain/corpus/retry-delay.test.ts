import { describe, expect, it } from 'vitest';
import { isRetryableStatus, parseRetryAfter, retryDelayMs } from './retry-delay.ts';

const policy = { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000, retryNetworkErrors: true };

describe('retry delays', () => {
  it('retries 429 and 5xx only', () => {
    expect([429, 500, 503, 599].every(isRetryableStatus)).toBe(true);
    expect([400, 404, 410].some(isRetryableStatus)).toBe(false);
  });

  it('honours Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2025-10-01T12:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 01 Oct 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(retryDelayMs(3, '2', policy, now)).toBe(2000);
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(retryDelayMs(1, null, policy, 0, () => 0)).toBe(1000);
    expect(retryDelayMs(3, null, policy, 0, () => 1)).toBe(5000);
    expect(retryDelayMs(10, null, policy, 0, () => 0)).toBe(60_000);
  });

  it('gives up when asked to wait longer than the policy accepts', () => {
    expect(retryDelayMs(1, '3600', policy)).toBeUndefined();
  });
});
