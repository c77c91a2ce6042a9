import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * A stand-in for arXiv's three interfaces on 127.0.0.1 (a free port unless told), replaying
 * the recorded answers in ../shared/corpus/arxiv-{oai,api,rss}, read from disk and never
 * copied. Each recording is found by the request it answered, which the recording itself
 * names: OAI-PMH by its `<request>` element's arguments (so the harvest's resumption
 * tokens lead from page to page as on arXiv), the search API by its `arXiv Query:` title,
 * RSS by its channel link. A request without a recording is a 404, never invented data.
 * Faults can be queued for the next requests: a 503 with Retry-After, a hang, a cut body,
 * an HTML page, a 50 MB answer, a billion-laughs entity document.
 */

export type ArxivFault = { status: 429 | 500 | 503; retryAfter?: string } | 'hang' | 'truncated' | 'html' | 'huge' | 'laughs';

/** A billion-laughs document: ten levels of entities that would expand to 10^9 "lol"s. */
const BILLION_LAUGHS = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE OAI-PMH [',
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
  ']>',
  '<OAI-PMH><ListRecords><record><header><identifier>&lol9;</identifier></header></record></ListRecords></OAI-PMH>',
].join('\n');

export interface ArxivReplayServer {
  url: string;
  /** The OAI-PMH endpoint, for `--base-url`. */
  oaiUrl: string;
  /** Every request (path and query) with the time it arrived (ms, performance.now()). */
  requests: Array<{ path: string; at: number }>;
  inject(...faults: ArxivFault[]): void;
  onRequest?: (path: string) => void;
  close(): Promise<void>;
}

/**
 * `cors: false` answers as arxiv.org does, without `Access-Control-Allow-Origin`, so a browser
 * page cannot read the answers; by default it answers as a mirror that allows it.
 */
export async function startArxivReplayServer(options: { dirs: string[]; port?: number; cors?: boolean }): Promise<ArxivReplayServer> {
  const recordings = await indexRecordings(options.dirs);
  const faults: ArxivFault[] = [];
  const hanging = new Set<() => void>();
  const requests: ArxivReplayServer['requests'] = [];
  const handle: Pick<ArxivReplayServer, 'requests' | 'inject' | 'onRequest'> = { requests, inject: (...more) => faults.push(...more) };

  const server: Server = createServer(async (req, res) => {
    if (options.cors !== false) res.setHeader('Access-Control-Allow-Origin', '*');
    const url = new URL(req.url ?? '/', 'http://replay');
    requests.push({ path: `${url.pathname}${url.search}`, at: performance.now() });
    handle.onRequest?.(`${url.pathname}${url.search}`);
    const fault = faults.shift();
    if (fault === 'hang') return void hanging.add(() => res.destroy());
    if (fault === 'html') return sendText(res, 200, '<!DOCTYPE html><html><head><title>arXiv is down for maintenance</title></head><body></body></html>', 'text/html; charset=utf-8');
    if (fault === 'huge') return sendHuge(res);
    if (fault === 'laughs') return sendText(res, 200, BILLION_LAUGHS, 'text/xml; charset=utf-8');
    if (typeof fault === 'object') {
      res.writeHead(fault.status, { 'Content-Type': 'text/plain', ...(fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {}) });
      return res.end(`${fault.status}: retry later`);
    }
    const file = recordings.get(keyOfRequest(url));
    if (!file) return sendText(res, 404, `no recording answers ${url.pathname}${url.search}`, 'text/plain');
    const body = await readFile(file, 'utf8');
    sendText(res, 200, fault === 'truncated' ? body.slice(0, Math.floor(body.length / 2)) : body, url.pathname.startsWith('/rss') ? 'application/rss+xml' : 'text/xml; charset=utf-8');
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return Object.assign(handle, {
    url: base,
    oaiUrl: `${base}/oai`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const abort of hanging) abort();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** The key a recording answers, from what it says it answered. */
async function indexRecordings(dirs: string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const dir of dirs) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.xml'))) {
      const head = (await readFile(join(dir, name), 'utf8')).slice(0, 4000);
      const request = /<request\s([^>]*)>/.exec(head);
      const query = /<title[^>]*>arXiv Query: ([^<]*)<\/title>/i.exec(head);
      const rss = /<link>https?:\/\/rss\.arxiv\.org(\/rss\/[^<]+)<\/link>/.exec(head);
      if (request) {
        const args = [...request[1]!.matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k!, unescape(v!)] as [string, string]);
        map.set(`/oai?${canonical(args)}`, join(dir, name));
      } else if (query) {
        map.set(`/api/query?${canonical([...new URLSearchParams(unescape(query[1]!).replace(/\+/g, '%2B'))])}`, join(dir, name));
      } else if (rss) {
        map.set(rss[1]!, join(dir, name));
      }
    }
  }
  return map;
}

function keyOfRequest(url: URL): string {
  if (url.pathname === '/oai' || url.pathname === '/api/query') return `${url.pathname}?${canonical([...url.searchParams])}`;
  return url.pathname;
}

function canonical(args: Array<[string, string]>): string {
  return args
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function sendText(res: ServerResponse, status: number, body: string, type: string) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** 50 MB of well-formed records without a Content-Length, as a runaway answer would come. */
function sendHuge(res: ServerResponse) {
  res.writeHead(200, { 'Content-Type': 'text/xml' });
  const record = `<record><header><identifier>oai:arXiv.org:2103.00001</identifier><datestamp>2021-03-22</datestamp></header></record>\n`.repeat(100);
  res.write('<OAI-PMH><ListRecords>\n');
  let sent = 0;
  const more = () => {
    while (sent < 50 * 1024 * 1024) {
      sent += record.length;
      if (!res.write(record)) return void res.once('drain', more);
    }
    res.end('</ListRecords></OAI-PMH>');
  };
  res.on('close', () => (sent = Infinity));
  more();
}

// `tsx scripts/lib/arxiv-replay-server.ts --port 4181`: an arXiv stand-in for trying things by hand.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, port: { type: 'string' } } });
  const corpus = values.corpus ?? '../shared/corpus';
  const server = await startArxivReplayServer({ dirs: ['arxiv-oai', 'arxiv-api', 'arxiv-rss'].map((d) => join(corpus, d)), port: Number(values.port ?? 0) });
  process.stderr.write(`replaying arXiv recordings at ${server.url} (OAI-PMH: ${server.oaiUrl})\n`);
}
