import { stem as porter2 } from 'porter2';
import { isSearchable, normalizeToken } from './normalize.ts';

/**
 * The search tokenizer: what a text contributes to the index, and the word forms a query
 * word meets. Pure and stateless, so other features (tf-idf features for recommendations)
 * can call it on any text and get the same terms search sees. See docs/search.md.
 */

/** A case or letter/digit change inside a word: "MapTask", "SigLIP", "Qwen2". */
const INNER_BOUNDARY = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|\p{L}\p{N}|\p{N}\p{L}/u;
/**
 * The parts of a mixed-case word: "MapTask" → Map, Task; "BERTScore" → BERT, Score;
 * "LLMs" → LLMs (a plural acronym stays whole); "GPT4o" → GPT, 4, o.
 */
const PART = /\p{Lu}+s(?!\p{L})|\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu;
const PLAIN_WORD = /^[a-z]+$/;
const NO_VOWEL = /^[^aeiouy]+s$/;

/**
 * The word's stem (Porter2, the Snowball English stemmer): "calling", "calls", "called" →
 * "call". Plural acronyms, which Porter2 leaves alone for want of a vowel, lose their "s"
 * ("llms" → "llm"). Words with digits or other scripts are their own stem. Expects a
 * normalised token (see `normalizeToken`).
 */
export function stemWord(token: string): string {
  if (!PLAIN_WORD.test(token)) return token;
  if (token.length > 3 && NO_VOWEL.test(token)) return token.slice(0, -1);
  return porter2(token);
}

/** What one raw word of a text gives the index (see `analyzeWord`). */
export interface WordTerms {
  /** The normalised word (lower case, no accents): also what a hyphenated chain joins. */
  readonly token: string;
  /** Indexed as a `word` term (not a stopword, not one letter). */
  readonly searchable: boolean;
  /** Its searchable `part` terms, in order: "MapTask" → map, task; none for a plain word. */
  readonly parts: readonly string[];
}

const NO_PARTS: readonly string[] = [];

/**
 * The terms one raw word (a run of letters and digits, as `forEachWord` finds it) gives.
 * Depends on nothing but the word, so callers that meet the same word thousands of times
 * (the index build: ~20M words, a few hundred thousand distinct) remember it per word.
 */
export function analyzeWord(raw: string): WordTerms {
  const token = normalizeToken(raw);
  let parts = NO_PARTS;
  if (INNER_BOUNDARY.test(raw)) {
    const found: string[] = [];
    for (const part of raw.matchAll(PART)) {
      const normal = normalizeToken(part[0]);
      if (normal !== token && isSearchable(normal)) found.push(normal);
    }
    if (found.length) parts = found;
  }
  return { token, searchable: isSearchable(token), parts };
}

/** Whether each BMP code unit above ASCII is a letter or digit: 0 not looked at yet, 1 yes, 2 no. */
const wordUnit = new Uint8Array(0x10000);
const ASCII_WORD = new Uint8Array(128).map((_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Length of the letter or digit code point at `i` (1, or 2 for a surrogate pair), 0 when it is neither. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = wordUnit[c]!;
  if (known === 0) wordUnit[c] = known = LETTER_OR_DIGIT.test(text[i]!) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/**
 * Calls `onWord(start, end, hash)` for every run of letters and digits in `text` (the
 * matches of /[\p{L}\p{N}]+/gu, in order), scanning char codes: no match object or string
 * per word. `hash` is the FNV-1a hash of the word's char codes, so a
 * caller can remember words without slicing them out of the text.
 */
export function forEachWord(text: string, onWord: (start: number, end: number, hash: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && ASCII_WORD[c] === 0) {
      i++;
      continue;
    }
    let step = c < 128 ? 1 : wordCharAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    do {
      for (const to = i + step; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      if (i >= n) break;
      const d = text.charCodeAt(i);
      step = d < 128 ? ASCII_WORD[d]! : wordCharAt(text, i);
    } while (step !== 0);
    onWord(start, i, h);
  }
}

/** True when the words ending at `end` and starting at `start` form a hyphenated chain ("vision-language"). */
export function hyphenLinks(text: string, end: number, start: number): boolean {
  if (start !== end + 1) return false;
  // '-', '‐', '‑', '–' by char code: no one-character string per word of the index build.
  const c = text.charCodeAt(end);
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

