import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { toBibtex } from '../../../domain/library/bibtex.ts';
import { citableFromPaper } from '../../../domain/library/citable.ts';
import { CITATION_STYLES_LIST } from '../../../domain/library/citation-style-list.ts';
import { citationText, risText } from '../../../lib/citation-text.ts';

/** A way to cite a paper the Cite menu offers: add one here and it gets its choice, copy and download. */
export interface CiteFormat {
  id: string;
  label: string;
  /** What is copied, in the Copy button and its feedback: "the APA citation", "BibTeX". */
  noun: string;
  /** A file to download (BibTeX, RIS); formatted styles are pasted, not saved. */
  file?: { extension: string; mimeType: string };
  /** BibTeX is written at once; styles and RIS load citation.js on first use. */
  format(paper: Paper): string | Promise<string>;
}

export const CITE_FORMATS: readonly CiteFormat[] = [
  { id: 'bibtex', label: 'BibTeX', noun: 'BibTeX', file: { extension: 'bib', mimeType: 'application/x-bibtex' }, format: (paper) => toBibtex([paper]) },
  ...CITATION_STYLES_LIST.map(
    (style): CiteFormat => ({ id: style.id, label: style.label, noun: `the ${style.label} citation`, format: (paper) => citationText([citableFromPaper(paper)], style.id) }),
  ),
  { id: 'ris', label: 'RIS', noun: 'RIS', file: { extension: 'ris', mimeType: 'application/x-research-info-systems' }, format: (paper) => risText([citableFromPaper(paper)]) },
];
