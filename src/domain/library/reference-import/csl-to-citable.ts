import type { Citable, CitableKind } from '../citable.ts';
import { isHttpUrl } from '../../corpus/paper-limits.ts';
import { findArxivId, normalizeDoi } from './find-arxiv-id.ts';

/** The parts of a CSL-JSON item that paperfeed reads (Zotero, Mendeley and citation.js write these). */
export interface CslInput {
  type?: unknown;
  title?: unknown;
  author?: unknown;
  issued?: unknown;
  DOI?: unknown;
  URL?: unknown;
  number?: unknown;
  note?: unknown;
  abstract?: unknown;
  publisher?: unknown;
  'container-title'?: unknown;
  archive?: unknown;
  'archive_location'?: unknown;
}

const KINDS: Record<string, CitableKind> = {
  article: 'preprint',
  'article-journal': 'article',
  'paper-conference': 'paper-conference',
  book: 'book',
  thesis: 'thesis',
  report: 'report',
};

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : typeof value === 'number' ? String(value) : '');

function names(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((name: Record<string, unknown>) => {
    if (!name || typeof name !== 'object') return [];
    if (name.literal) return [text(name.literal)].filter(Boolean);
    const parts = [text(name.given), text(name['dropping-particle']), text(name['non-dropping-particle']), text(name.family), text(name.suffix)].filter(Boolean);
    return parts.length ? [parts.join(' ')] : [];
  });
}

function issued(value: unknown): number[] | undefined {
  const parts = (value as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  if (Array.isArray(parts) && parts.length) {
    const numbers = parts.map(Number).filter((n) => Number.isInteger(n) && n > 0);
    if (numbers.length && numbers[0]! >= 1000 && numbers[0]! <= 9999) return numbers.slice(0, 3);
  }
  const raw = /\b(\d{4})\b/.exec(text((value as { raw?: unknown } | undefined)?.raw));
  return raw ? [Number(raw[1])] : undefined;
}

/** A CSL-JSON item as a citable work; the arXiv id comes from wherever the source put it. */
export function cslToCitable(item: CslInput): Citable {
  const url = text(item.URL);
  const doi = normalizeDoi(text(item.DOI));
  const arxivId = findArxivId(text(item.number), url, doi, text(item.note), text(item.archive_location), text(item['container-title']));
  const type = text(item.type);
  const kind = KINDS[type] ?? (arxivId ? 'preprint' : 'other');
  const container = text(item['container-title']) || text(item.publisher);
  const date = issued(item.issued);
  return {
    id: '',
    kind: arxivId && (kind === 'other' || (kind === 'article' && /arxiv/i.test(container))) ? 'preprint' : kind,
    title: text(item.title),
    authors: names(item.author),
    ...(date ? { issued: date } : {}),
    ...(arxivId ? { arxivId } : {}),
    ...(doi ? { doi } : {}),
    ...(url && isHttpUrl(url) ? { url } : {}),
    ...(container ? { container } : {}),
    ...(text(item.abstract) ? { abstract: text(item.abstract) } : {}),
  };
}
