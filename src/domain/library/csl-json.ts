import type { Paper } from '../corpus/paper-schema.ts';
import { isArxivId } from './arxiv-id.ts';
import { citationKeys, citationYear } from './citation-keys.ts';
import { paperUrl } from './bibtex.ts';
import { splitPersonName } from './person-name.ts';

/** A CSL-JSON name: a person's parts, or a literal for an organization or a one-word name. */
export type CslName =
  | { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string }
  | { literal: string };

/** The subset of the CSL 1.0.2 data model that paperfeed writes. */
export interface CslItem {
  id: string;
  type: 'article';
  title: string;
  author: CslName[];
  issued: { 'date-parts': [number, ...number[]][] };
  abstract?: string;
  URL?: string;
  DOI?: string;
  number?: string;
  publisher?: string;
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

function issued(paper: Paper): [number, ...number[]] {
  const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(paper.publishedAt ?? '') ?? /^(\d{4})-(\d{2})-(\d{2})/.exec(paper.date);
  if (published && published[1] === citationYear(paper)) return [Number(published[1]), Number(published[2]), Number(published[3])];
  return [Number(citationYear(paper))];
}

/**
 * Papers as CSL-JSON items (what Zotero, Pandoc and citeproc read). arXiv papers are
 * `article` (CSL's type for preprints) with arXiv as publisher, the id as number and the
 * DataCite DOI arXiv registers for every paper. Item ids are the BibTeX citation keys.
 */
export function toCslJson(papers: readonly Paper[]): CslItem[] {
  const keys = citationKeys(papers);
  const seen = new Set<string>();
  const items: CslItem[] = [];
  for (const paper of papers) {
    if (seen.has(paper.id)) continue;
    seen.add(paper.id);
    const key = keys.get(paper.id)!;
    const arxiv = isArxivId(paper.id);
    const url = paperUrl(paper);
    items.push({
      id: key,
      type: 'article',
      title: paper.title,
      author: paper.authors.map(cslName),
      issued: { 'date-parts': [issued(paper)] },
      ...(paper.abstract ? { abstract: paper.abstract } : {}),
      ...(url ? { URL: url } : {}),
      ...(arxiv ? { DOI: `10.48550/arXiv.${paper.id.replace(/v\d+$/, '')}`, number: paper.id, publisher: 'arXiv', genre: 'Preprint' } : {}),
      'citation-key': key,
    });
  }
  return items;
}
