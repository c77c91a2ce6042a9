import type { Paper } from '../domain/corpus/paper-schema.ts';
import { fnv1a } from '../domain/fnv1a.ts';

/**
 * An in-memory static host for corpus files, standing in for the network in unit tests
 * (end-to-end tests use a real HTTP server). `files` maps a file name to its body.
 */
export function makeCorpusFetch(files: Map<string, string>, base = 'http://corpus.test/'): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    const name = url.startsWith(base) ? url.slice(base.length) : url;
    const body = files.get(name);
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
}

/** Builds a manifest + shards for `papers`, like scripts/lib/write-corpus.ts does on disk. */
export function makeCorpusFiles(papers: Paper[], options: { demo?: boolean; hashSalt?: string } = {}): Map<string, string> {
  const byMonth = new Map<string, Paper[]>();
  for (const p of papers) {
    const month = p.date.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), p]);
  }
  const files = new Map<string, string>();
  const shards = [...byMonth.entries()].map(([month, list]) => {
    const body = JSON.stringify({ format: 'paperfeed-shard', version: 1, month, papers: list });
    files.set(`${month}.json`, body);
    return { month, file: `${month}.json`, count: list.length, hash: `${simpleHash(body)}${options.hashSalt ?? ''}` };
  });
  files.set('manifest.json', JSON.stringify({ format: 'paperfeed-corpus', version: 1, name: 'test', demo: options.demo ?? false, shards }));
  return files;
}

function simpleHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}
