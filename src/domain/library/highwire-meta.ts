import type { Paper } from '../corpus/paper-schema.ts';
import { citableFromPaper } from './citable.ts';

/** At most this many `citation_author` tags: the Gemini 2.5 report lists 3,303 authors. */
export const MAX_META_AUTHORS = 500;

/**
 * Highwire Press `citation_*` tags for a paper, the ones arXiv's own abstract pages carry,
 * which Zotero's Connector and Google Scholar read to save a paper from its page.
 */
export function highwireMeta(paper: Paper): [name: string, content: string][] {
  const work = citableFromPaper(paper);
  const tags: [string, string][] = [['citation_title', paper.title.replace(/\s+/g, ' ').trim()]];
  for (const author of paper.authors.slice(0, MAX_META_AUTHORS)) tags.push(['citation_author', author]);
  if (work.issued) tags.push(['citation_date', work.issued.map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('/')]);
  if (paper.publishedAt) tags.push(['citation_online_date', paper.publishedAt.slice(0, 10).replace(/-/g, '/')]);
  if (work.arxivId) tags.push(['citation_arxiv_id', work.arxivId], ['citation_technical_report_institution', 'arXiv']);
  if (work.doi) tags.push(['citation_doi', work.doi]);
  if (work.pdfUrl) tags.push(['citation_pdf_url', work.pdfUrl]);
  if (work.url) tags.push(['citation_abstract_html_url', work.url]);
  if (paper.abstract) tags.push(['citation_abstract', paper.abstract.replace(/\s+/g, ' ').trim()]);
  return tags;
}
