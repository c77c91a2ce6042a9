/**
 * Text normalisation shared by the index, the query parser and highlighting: lower case,
 * accents removed (é → e), split on anything that is not a letter or a digit. Tokens keep
 * their position in the original text so highlights land on the characters people see.
 */

const TOKEN = /[\p{L}\p{N}]+/gu;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included
const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING = /[\u0300-\u036f]/g;

/** Words too common to tell papers apart; never indexed, ignored in queries. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be by for from has have in into is it its of on or that the this to was were which with we our ' +
    'can via these their than then also such both been not but while when where how what using based').split(' '),
);

/** One token in normalised form: lower case, without accents. */
export function normalizeToken(token: string): string {
  const lower = token.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(COMBINING, '') : lower;
}

/** Normalised tokens of `text`, in order, stopwords and one-letter tokens included. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(TOKEN)) out.push(normalizeToken(match[0]));
  return out;
}

/** Tokens worth indexing or searching for. */
export function isSearchable(token: string): boolean {
  return token.length >= 2 && !STOPWORDS.has(token);
}

export interface TokenSpan {
  token: string;
  start: number;
  end: number;
}

/** Every token of `text` with its normalised form and its place in `text`. */
export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const match of text.matchAll(TOKEN)) {
    out.push({ token: normalizeToken(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** Collapses whitespace (titles and abstracts are hard-wrapped). */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
