import type { LiveSegment } from './live-segment.ts';
import type { ParsedQuery } from './query-parser.ts';

/** One query word (or phrase word) and the vocabulary terms that count as it, by weight. */
export interface TermGroup {
  word: string;
  expansions: Map<string, number>;
  /** Phrase words must all match; free words may be relaxed when nothing matches all. */
  strict: boolean;
}

/**
 * Expands each query word over every segment's vocabulary, so all segments score the same
 * set of terms: the word itself (weight 1), completions of the word being typed, and near
 * spellings (typos), keeping the highest weight each term gets.
 */
export function expandTerms(segments: readonly LiveSegment[], query: ParsedQuery): TermGroup[] {
  const groups: TermGroup[] = query.terms.map((word, i) => {
    const expansions = new Map<string, number>([[word, 1]]);
    const typing = query.prefix === word && i === query.terms.length - 1;
    for (const segment of segments) {
      const { vocabulary, data } = segment;
      const found = typing ? [...vocabulary.completions(word), ...vocabulary.nearSpellings(word)] : vocabulary.nearSpellings(word);
      for (const { term, weight } of found) {
        const name = data.terms[term]!;
        if ((expansions.get(name) ?? 0) < weight) expansions.set(name, weight);
      }
    }
    return { word, expansions, strict: false };
  });
  for (const phrase of query.phrases) {
    for (const word of phrase) groups.push({ word, expansions: new Map([[word, 1]]), strict: true });
  }
  return groups;
}

/** Documents holding `term` across segments (for its rarity). */
export function documentFrequency(segments: readonly LiveSegment[], term: string): number {
  let df = 0;
  for (const { vocabulary, data } of segments) {
    const id = vocabulary.lookup(term);
    if (id !== undefined) df += data.offsets[id + 1]! - data.offsets[id]!;
  }
  return df;
}
