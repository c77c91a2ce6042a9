import type { Paper } from '../corpus/paper-schema.ts';
import { arxivYear } from './arxiv-id.ts';

/** The year a paper is cited by: its arXiv year, else its publication or featured date. */
export function citationYear(paper: Paper): string {
  const fromId = arxivYear(paper.id);
  if (fromId) return String(fromId);
  const published = /^\d{4}/.exec(paper.publishedAt ?? '')?.[0];
  return published ?? paper.date.slice(0, 4);
}
