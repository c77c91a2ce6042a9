import type { Paper } from '../corpus/paper-schema.ts';
import { citableFromPaper, type Citable, type CitableKind } from './citable.ts';
import { citationKeys } from './citation-keys.ts';
import { escapeLatex } from './latex-escape.ts';
import { protectCase } from './protect-case.ts';
import { splitPersonName } from './person-name.ts';

/** An author as BibTeX reads it: `von Last, Jr, First`, or `{Literal Name}` kept whole. */
export function bibtexName(name: string): string {
  const parts = splitPersonName(name);
  if (parts.kind === 'literal') return `{${escapeLatex(parts.literal)}}`;
  const last = escapeLatex([parts.particle, parts.family].filter(Boolean).join(' '));
  return [last, parts.suffix && escapeLatex(parts.suffix), escapeLatex(parts.given)].filter(Boolean).join(', ');
}

/** URLs go in as they are (BibLaTeX reads `url` verbatim), with braces and spaces encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\s\\]/g, (c) => encodeURIComponent(c));
}

/** arXiv's own export is `@misc`; an imported work keeps the type its source gave. */
const ENTRY_TYPES: Record<CitableKind, { type: string; container?: string }> = {
  preprint: { type: 'misc' },
  article: { type: 'article', container: 'journal' },
  'paper-conference': { type: 'inproceedings', container: 'booktitle' },
  book: { type: 'book', container: 'publisher' },
  thesis: { type: 'phdthesis', container: 'school' },
  report: { type: 'techreport', container: 'institution' },
  other: { type: 'misc', container: 'howpublished' },
};

function entry(work: Citable, key: string): string {
  const { type, container } = ENTRY_TYPES[work.kind];
  const fields: [string, string][] = [];
  if (work.title) fields.push(['title', protectCase(work.title)]);
  if (work.authors.length) fields.push(['author', work.authors.map(bibtexName).join(' and ')]);
  if (work.issued?.[0]) fields.push(['year', String(work.issued[0])]);
  if (container && work.container) fields.push([container, escapeLatex(work.container)]);
  if (work.arxivId) {
    fields.push(['eprint', work.arxivId], ['archivePrefix', 'arXiv']);
    if (work.primaryClass) fields.push(['primaryClass', work.primaryClass]);
  }
  if (work.doi) fields.push(['doi', bibtexUrl(work.doi)]);
  if (work.url) fields.push(['url', bibtexUrl(work.url)]);
  return `@${type}{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

/**
 * Works as BibTeX entries, one per work, with Better BibTeX's default citation keys
 * (unique and stable, see citation-keys.ts). Entries are in the order given.
 */
export function citablesToBibtex(works: readonly Citable[]): string {
  const keys = citationKeys(works);
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const work of works) {
    if (seen.has(work.id)) continue;
    seen.add(work.id);
    entries.push(entry(work, keys.get(work.id)!));
  }
  return entries.join('\n');
}

/** Papers as BibTeX `@misc` entries (the form arXiv itself exports). */
export function toBibtex(papers: readonly Paper[]): string {
  return citablesToBibtex(papers.map(citableFromPaper));
}
