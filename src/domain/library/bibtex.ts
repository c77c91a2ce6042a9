import type { Paper } from '../corpus/paper-schema.ts';
import { isArxivId } from './arxiv-id.ts';
import { citationKeys, citationYear } from './citation-keys.ts';
import { escapeLatex } from './latex-escape.ts';
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

/** Where a paper is found: its arXiv page, else its Hugging Face page, else nothing. */
export function paperUrl(paper: Paper): string | undefined {
  return paper.links.arxiv ?? (isArxivId(paper.id) ? `https://arxiv.org/abs/${paper.id}` : paper.links.huggingface);
}

function entry(paper: Paper, key: string): string {
  const fields: [string, string][] = [
    ['title', escapeLatex(paper.title)],
    ['author', paper.authors.map(bibtexName).join(' and ')],
    ['year', citationYear(paper)],
  ];
  if (isArxivId(paper.id)) fields.push(['eprint', paper.id], ['archivePrefix', 'arXiv']);
  const url = paperUrl(paper);
  if (url) fields.push(['url', bibtexUrl(url)]);
  if (!paper.authors.length) fields.splice(1, 1);
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

/**
 * Papers as BibTeX `@misc` entries (the form arXiv itself exports), one per paper, with
 * unique, stable citation keys. Entries are in the order given.
 */
export function toBibtex(papers: readonly Paper[]): string {
  const keys = citationKeys(papers);
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const paper of papers) {
    if (seen.has(paper.id)) continue;
    seen.add(paper.id);
    entries.push(entry(paper, keys.get(paper.id)!));
  }
  return entries.join('\n');
}
