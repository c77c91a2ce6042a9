import type { Citable } from './citable.ts';
import { citationKeys } from './citation-keys.ts';
import { splitPersonName } from './person-name.ts';

/** A CSL-JSON name: a person's parts, or a literal for an organization or a one-word name. */
export type CslName =
  | { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string }
  | { literal: string };

/** The subset of the CSL 1.0.2 data model that paperfeed writes. */
export interface CslItem {
  id: string;
  type: 'article' | 'article-journal' | 'paper-conference' | 'book' | 'thesis' | 'report' | 'document';
  title?: string;
  author: CslName[];
  issued?: { 'date-parts': [number, ...number[]][] };
  abstract?: string;
  URL?: string;
  DOI?: string;
  number?: string;
  publisher?: string;
  'container-title'?: string;
  genre?: string;
  'citation-key': string;
}

export function cslName(name: string): CslName {
  const parts = splitPersonName(name);
  if (parts.kind === 'literal') return { literal: parts.literal };
  return {
    family: parts.family,
    ...(parts.given ? { given: parts.given } : {}),
    ...(parts.particle ? { 'non-dropping-particle': parts.particle } : {}),
    ...(parts.suffix ? { suffix: parts.suffix } : {}),
  };
}

const CSL_TYPES: Record<Citable['kind'], CslItem['type']> = {
  preprint: 'article',
  article: 'article-journal',
  'paper-conference': 'paper-conference',
  book: 'book',
  thesis: 'thesis',
  report: 'report',
  other: 'document',
};

/** One work as a CSL item with the given id (the citation key). */
export function cslItem(work: Citable, key: string): CslItem {
  const [year, ...rest] = work.issued ?? [];
  const container = work.kind === 'article' || work.kind === 'paper-conference' ? { 'container-title': work.container } : work.container ? { publisher: work.container } : {};
  return {
    id: key,
    type: CSL_TYPES[work.kind],
    ...(work.title ? { title: work.title } : {}),
    author: work.authors.map(cslName),
    ...(year ? { issued: { 'date-parts': [[year, ...rest]] as [number, ...number[]][] } } : {}),
    ...(work.abstract ? { abstract: work.abstract } : {}),
    ...(work.url ? { URL: work.url } : {}),
    ...(work.doi ? { DOI: work.doi } : {}),
    ...(work.arxivId ? { number: work.arxivId, genre: 'Preprint' } : {}),
    ...(container['container-title'] || container.publisher ? container : {}),
    'citation-key': key,
  };
}

/**
 * Works as CSL-JSON items (what Zotero, Pandoc and citeproc read). arXiv papers are
 * `article` (CSL's type for preprints) with arXiv as publisher, the id as number and the
 * DataCite DOI arXiv registers for every paper. Item ids are the BibTeX citation keys.
 */
export function citablesToCslJson(works: readonly Citable[]): CslItem[] {
  const keys = citationKeys(works);
  const seen = new Set<string>();
  const items: CslItem[] = [];
  for (const work of works) {
    if (seen.has(work.id)) continue;
    seen.add(work.id);
    items.push(cslItem(work, keys.get(work.id)!));
  }
  return items;
}
