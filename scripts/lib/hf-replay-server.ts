import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * A stand-in for `https://huggingface.co/api/daily_papers` on 127.0.0.1 that replays the
 * real daily responses in a folder (`YYYY-MM-DD.json`, as in ../shared/corpus/hf-daily),
 * read at request time and never copied. It pages like the API (`limit`, `p` from 0) and
 * can inject faults per day, so tests see 429s, 500s, truncated bodies and HTML pages.
 * See docs/corpus-format.md, "Fetching", for why tests page at a smaller size.
 */

export type Fault =
  | { status: 429; retryAfter?: string }
  | { status: 500 | 502 | 503 }
  /** 200 with the JSON cut in half (a consistent Content-Length, so only the JSON is broken). */
  | 'truncated'
  /** 200 with an HTML page, like a captcha or a proxy's error page. */
  | 'html'
  /** Never answers: for a client killed mid-run. */
  | 'hang';

export interface ReplayServerOptions {
  /** Folder of `YYYY-MM-DD.json` daily responses. */
  dir: string;
  port?: number;
  /** Page size when the request has no `limit` (the API's is 50). */
  defaultLimit?: number;
  /** Largest page served whatever `limit` asks (the API's is 100). */
  maxLimit?: number;
}

export interface ReplayServer {
  /** Site root to pass as `--base-url`, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every request path with its query, in order. */
  requests: string[];
  /** Queues faults for a day's requests (any page), served before the real answer. */
  inject(date: string, ...faults: Fault[]): void;
  /** Called on every API request before it is answered. */
  onRequest?: (date: string, page: number) => void;
  close(): Promise<void>;
}

export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const defaultLimit = options.defaultLimit ?? 50;
  const maxLimit = options.maxLimit ?? 100;
  const faults = new Map<string, Fault[]>();
  const hanging = new Set<() => void>();
  const requests: string[] = [];
  const handle: Omit<ReplayServer, 'url' | 'close'> = {
    requests,
    inject: (date, ...more) => faults.set(date, [...(faults.get(date) ?? []), ...more]),
  };

  const server: Server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const url = new URL(req.url ?? '/', 'http://replay');
    requests.push(`${url.pathname}${url.search}`);
    if (url.pathname !== '/api/daily_papers') return send(res, 404, { error: 'Not found' });
    const date = url.searchParams.get('date') ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return send(res, 400, { error: 'date must be YYYY-MM-DD' });
    const limit = Math.min(maxLimit, Math.max(1, Number(url.searchParams.get('limit') ?? defaultLimit) || defaultLimit));
    const page = Math.max(0, Number(url.searchParams.get('p') ?? 0) || 0);
    handle.onRequest?.(date, page);

    const fault = faults.get(date)?.shift();
    if (fault === 'hang') return void hanging.add(() => res.destroy());
    if (fault === 'html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><title>Just a moment…</title><p>Checking your browser.</p>');
    }
    if (typeof fault === 'object') {
      const headers: Record<string, string> = fault.status === 429 && fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : {};
      return send(res, fault.status, { error: fault.status === 429 ? 'Too many requests' : 'Internal error' }, headers);
    }
    const entries = await readDay(options.dir, date);
    const body = JSON.stringify(entries.slice(page * limit, (page + 1) * limit));
    if (fault === 'truncated') return sendRaw(res, 200, body.slice(0, Math.floor(body.length / 2)));
    sendRaw(res, 200, body);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(handle, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const abort of hanging) abort();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** The day's entries; the downloader's placeholder `1` and a missing file are an empty list, as the API answers. */
async function readDay(dir: string, date: string): Promise<unknown[]> {
  try {
    const json: unknown = JSON.parse(await readFile(join(dir, `${date}.json`), 'utf8'));
    return Array.isArray(json) ? json : [];
  } catch {
    return [];
  }
}

function send(res: import('node:http').ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(json));
}

function sendRaw(res: import('node:http').ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

// `tsx scripts/lib/hf-replay-server.ts --dir ../shared/corpus/hf-daily --port 4180`: try live refresh by hand.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' } } });
  const server = await startReplayServer({ dir: values.dir ?? '../shared/corpus/hf-daily', port: Number(values.port ?? 4180) });
  process.stderr.write(`replaying ${values.dir ?? '../shared/corpus/hf-daily'} at ${server.url}/api/daily_papers\n`);
}
