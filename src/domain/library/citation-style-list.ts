/** The citation styles offered, kept apart from the formatter so menus load without it. */
export type CitationStyleId = 'apa' | 'ieee' | 'chicago-author-date';

export const CITATION_STYLES_LIST: { id: CitationStyleId; label: string }[] = [
  { id: 'apa', label: 'APA' },
  { id: 'ieee', label: 'IEEE' },
  { id: 'chicago-author-date', label: 'Chicago (author-date)' },
];
