const NEW_STYLE = String.raw`\d{4}\.\d{4,5}`;
const OLD_STYLE = String.raw`[a-z-]+(?:\.[A-Z]{2})?/\d{7}`;
const ID = `(${NEW_STYLE}|${OLD_STYLE})(?:v\\d+)?`;

const PATTERNS = [
  new RegExp(String.raw`arxiv\.org/(?:abs|pdf|html)/${ID}`, 'i'),
  new RegExp(String.raw`10\.48550/arxiv\.${ID}`, 'i'),
  new RegExp(String.raw`arxiv:\s*${ID}`, 'i'),
];
const BARE = new RegExp(`^${ID}$`);

/**
 * The arXiv id (without version) a field names: a bare id (`eprint`), an arXiv URL, the
 * arXiv DataCite DOI, or `arXiv:2510.01234` in a note or journal field.
 */
export function findArxivId(...texts: (string | undefined)[]): string | undefined {
  for (const text of texts) {
    if (!text) continue;
    const trimmed = text.trim();
    const bare = BARE.exec(trimmed);
    if (bare) return bare[1];
    for (const pattern of PATTERNS) {
      const found = pattern.exec(trimmed);
      if (found) return found[1];
    }
  }
  return undefined;
}

/** A DOI as written anywhere (`https://doi.org/10.…`, `doi:10.…`), lower-cased for matching. */
export function normalizeDoi(text: string | undefined): string | undefined {
  const found = /10\.\d{4,9}\/\S+/.exec(text ?? '');
  return found ? found[0].replace(/[.,;]+$/, '').toLowerCase() : undefined;
}

/** A title for matching: accents, case, TeX braces, punctuation and spacing ignored. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
