import { describe, expect, it } from 'vitest';
import { dailyPapersUrl, fetchDailyPapersDay, type FetchDayOptions } from './hf-daily-fetch.ts';

const entry = (id: string) => ({ paper: { id } });
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' }, ...init });

function options(fetchImpl: (url: URL) => Response | Promise<Response>, extra: Partial<FetchDayOptions> = {}): FetchDayOptions {
  return {
    baseUrl: 'http://127.0.0.1:9/',
    pageSize: 2,
    policy: { retries: 2, baseDelayMs: 10, maxDelayMs: 1000, retryNetworkErrors: false },
    fetchImpl: (async (input: RequestInfo | URL) => fetchImpl(new URL(String(input)))) as typeof fetch,
    sleep: async () => {},
    pace: async () => {},
    ...extra,
  };
}

describe('fetching one day of daily papers', () => {
  it('builds URLs under the base URL only', () => {
    expect(dailyPapersUrl('https://huggingface.co', '2025-10-01', 1, 50)).toBe('https://huggingface.co/api/daily_papers?date=2025-10-01&limit=50&p=1');
    expect(dailyPapersUrl('http://127.0.0.1:8080/mirror/', '2025-10-01', 0, 50)).toBe('http://127.0.0.1:8080/mirror/api/daily_papers?date=2025-10-01&limit=50&p=0');
  });

  it('pages until a short page', async () => {
    const pages = [[entry('a'), entry('b')], [entry('c'), entry('d')], [entry('e')]];
    const result = await fetchDailyPapersDay('2025-10-01', options((url) => json(pages[Number(url.searchParams.get('p'))])));
    expect(result).toMatchObject({ ok: true, pages: 3, entries: ['a', 'b', 'c', 'd', 'e'].map(entry) });
  });

  it('stops when a source ignores p and repeats the first page', async () => {
    const result = await fetchDailyPapersDay('2025-10-01', options(() => json([entry('a'), entry('b')])));
    expect(result).toMatchObject({ ok: true, pages: 2, entries: [entry('a'), entry('b')] });
  });

  it('says plainly when the source cannot be reached', async () => {
    const result = await fetchDailyPapersDay('2025-10-01', options(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(result).toMatchObject({ ok: false, kind: 'unreachable', reason: 'failed: the source could not be reached (Failed to fetch)' });
  });

  it('does not retry a 404', async () => {
    let calls = 0;
    const result = await fetchDailyPapersDay('2025-10-01', options(() => (calls++, new Response('no', { status: 404, statusText: 'Not Found' }))));
    expect(calls).toBe(1);
    expect(result).toMatchObject({ ok: false, kind: 'http', reason: 'failed: the source answered 404 Not Found' });
  });

  it('refuses a body that is not a list', async () => {
    const result = await fetchDailyPapersDay('2025-10-01', options(() => json({ error: 'Invalid date' })));
    expect(result).toMatchObject({ ok: false, kind: 'invalid-body', reason: 'failed: the response is an object with keys error, not a list of daily papers' });
  });
});
