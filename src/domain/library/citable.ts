import type { Paper } from '../corpus/paper-schema.ts';
import { isArxivId } from './arxiv-id.ts';
import { citationYear } from './citation-year.ts';

/** The CSL item types paperfeed reads and writes; anything else is `other`. */
export type CitableKind = 'preprint' | 'article' | 'paper-conference' | 'book' | 'thesis' | 'report' | 'other';

/**
 * What a citation needs to know about a work, whatever it came from: a corpus paper or
 * an entry imported from a reference manager that matched no paper. Every writer (BibTeX,
 * RIS, CSL-JSON, formatted citations) reads this one shape.
 */
export interface Citable {
  /** Stable identity: orders citation-key suffixes, so keys do not depend on input order. */
  id: string;
  kind: CitableKind;
  /** May be empty for an imported entry that had none. */
  title: string;
  authors: string[];
  /** `[year, month?, day?]`; absent when unknown. */
  issued?: number[];
  arxivId?: string;
  primaryClass?: string;
  doi?: string;
  url?: string;
  pdfUrl?: string;
  /** Journal, proceedings or publisher, as the source gave it. */
  container?: string;
  abstract?: string;
}

/** arXiv's DataCite DOI, registered for every paper (`10.48550/arXiv.2510.01234`). */
export function arxivDoi(id: string): string {
  return `10.48550/arXiv.${id.replace(/v\d+$/, '')}`;
}

function issuedOf(paper: Paper): number[] {
  const year = citationYear(paper);
  const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(paper.publishedAt ?? '') ?? /^(\d{4})-(\d{2})-(\d{2})/.exec(paper.date);
  if (published && published[1] === year) return [Number(published[1]), Number(published[2]), Number(published[3])];
  return [Number(year)];
}

/** A corpus paper as a citable preprint: arXiv id, its DataCite DOI, abstract page and PDF. */
export function citableFromPaper(paper: Paper): Citable {
  const arxiv = isArxivId(paper.id);
  const url = paper.links.arxiv ?? (arxiv ? `https://arxiv.org/abs/${paper.id}` : paper.links.huggingface);
  return {
    id: paper.id,
    kind: 'preprint',
    title: paper.title,
    authors: paper.authors,
    issued: issuedOf(paper),
    ...(arxiv ? { arxivId: paper.id, doi: arxivDoi(paper.id) } : {}),
    ...(url ? { url } : {}),
    ...(paper.links.pdf ? { pdfUrl: paper.links.pdf } : arxiv ? { pdfUrl: `https://arxiv.org/pdf/${paper.id}` } : {}),
    ...(arxiv ? { container: 'arXiv' } : {}),
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
  };
}
