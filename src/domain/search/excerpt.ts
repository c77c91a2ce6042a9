import { collapseWhitespace, tokenSpans, type TokenSpan } from './normalize.ts';
import type { Highlight } from './search-types.ts';

export const EXCERPT_LENGTH = 240;

/** Ranges of the tokens of `text` that are among `terms` (normalised). */
export function highlightRanges(text: string, terms: ReadonlySet<string>): Highlight[] {
  return tokenSpans(text)
    .filter((span) => terms.has(span.token))
    .map((span) => [span.start, span.end] as const);
}

/**
 * The part of `abstract` around its best match: the window of about EXCERPT_LENGTH
 * characters holding the most distinct matched terms (earliest on ties), cut at word
 * boundaries, with "…" where text was left out.
 */
export function makeExcerpt(abstract: string, terms: ReadonlySet<string>, length = EXCERPT_LENGTH): { text: string; highlights: Highlight[] } {
  const text = collapseWhitespace(abstract);
  const spans = tokenSpans(text);
  const hits = spans.filter((span) => terms.has(span.token));
  let start = 0;
  if (hits.length && text.length > length) start = bestWindowStart(hits, length);
  start = Math.max(0, Math.min(start, text.length - length));
  const startSpan = spans.find((span) => span.end > start);
  if (startSpan && start > 0) start = startSpan.start;
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const cut = text.lastIndexOf(' ', end);
    if (cut > start) end = cut;
  }
  const lead = start > 0 ? '… ' : '';
  const body = text.slice(start, end);
  const excerpt = `${lead}${body}${end < text.length ? ' …' : ''}`;
  const highlights = hits
    .filter((span) => span.start >= start && span.end <= end)
    .map((span) => [span.start - start + lead.length, span.end - start + lead.length] as const);
  return { text: excerpt, highlights };
}

function bestWindowStart(hits: readonly TokenSpan[], length: number): number {
  let bestCount = -1;
  let bestStart = 0;
  for (let i = 0; i < hits.length; i++) {
    const distinct = new Set<string>();
    for (let j = i; j < hits.length && hits[j]!.end - hits[i]!.start <= length; j++) distinct.add(hits[j]!.token);
    if (distinct.size > bestCount) {
      bestCount = distinct.size;
      // Start a little before the first match, so it reads as a sentence.
      bestStart = Math.max(0, hits[i]!.start - 60);
    }
  }
  return bestStart;
}

/** True when `text` holds the phrase's tokens consecutively (punctuation and case ignored). */
export function containsPhrase(text: string, phrase: readonly string[]): boolean {
  if (!phrase.length) return true;
  const tokens = tokenSpans(text).map((span) => span.token);
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
