import { createReadStream, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Connect-style middleware serving `/corpus/*` from a folder outside `public/`, so a
 * dev or preview server can show a corpus made by `corpus:convert` or `corpus:fetch`
 * without copying it into the build (PAPERFEED_CORPUS_DIR).
 */
export function serveCorpusDir(dir: string) {
  const root = resolve(dir);
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/corpus/')) return next();
    const file = normalize(join(root, decodeURIComponent(url.pathname.slice('/corpus/'.length))));
    if (!file.startsWith(root + sep)) {
      res.statusCode = 403;
      return res.end();
    }
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      res.statusCode = 404;
      return res.end('not found');
    }
    res.setHeader('Content-Type', contentType(file));
    res.setHeader('Content-Length', String(size));
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
}

/** The static feeds (feeds/*.atom, *.rss) are served as what they are; everything else is JSON. */
const TYPES: Record<string, string> = { atom: 'application/atom+xml', rss: 'application/rss+xml' };

function contentType(file: string): string {
  return `${TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/json'}; charset=utf-8`;
}
