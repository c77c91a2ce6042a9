import { stemWord } from './analyze.ts';
import type { LiveSegment } from './live-segment.ts';
import type { ParsedQuery } from './query-parser.ts';
import { spellingVariants } from './spelling-variants.ts';

/** One query word (or phrase word) and the vocabulary terms that count as it, by weight. */
export interface TermGroup {
  word: string;
  expansions: Map<string, number>;
  /** Phrase words must all match; free words may be left unmatched by partial matches. */
  strict: boolean;
  /**
   * Two words the query word may be written as, side by side ("maptask" → "map task"):
   * matched when both are in a paper and its pair filter has them as neighbours.
   */
  split?: { first: string; second: string; weight: number };
}

/**
 * Another form of the word ("calls" for "calling", "optimise" for "optimize") counts as the
 * word itself, as in an index of stems. At 0.9 (the very words first) the describe queries
 * found their paper in the top 10 0.75 points less often; phrases 1 point more often.
 */
const FORM_WEIGHT = 1;
/** A split ("maptask" → "map task") counts a little less than the word as typed. */
const SPLIT_WEIGHT = 0.9;
/**
 * A word in at least this share of papers (and at least COMMON_MIN_DOCS) is taken as meant:
 * its near spellings are other common words ("model" → "modal", "mode") that cost postings
 * and typo candidates at every keystroke and mostly add noise. Rarer words still get them,
 * so a typo that is itself a rare word ("casual" for "causal") is forgiven.
 */
const COMMON_SHARE = 1 / 500;
const COMMON_MIN_DOCS = 10;
/** Shortest half of a split: shorter ones ("a", "ad") make splits of nearly any word. */
const MIN_SPLIT_PART = 3;

/**
 * Expands each query word over every segment's vocabulary, so all segments score the same
 * set of terms: the word and every form sharing its stem (weight 1: "calling" meets "calls"),
 * the same for its British or American spelling, completions of the word being typed, near
 * spellings (typos) with their stems' forms, and the word two neighbouring query words make
 * when written as one ("map task" → "maptask", counted for both), keeping the highest weight
 * each term gets.
 */
export function expandTerms(segments: readonly LiveSegment[], query: ParsedQuery): TermGroup[] {
  const total = segments.reduce((sum, s) => sum + s.liveCount, 0);
  const common = Math.max(COMMON_MIN_DOCS, total * COMMON_SHARE);
  const cache = wordCacheFor(segments, total);
  const groups: TermGroup[] = query.terms.map((word, i) => {
    const typing = query.prefix === word && i === query.terms.length - 1;
    // A finished word expands the same at every key: its near spellings (Fuse) are not
    // looked for again while the next words are typed. A copy: neighbours add to it below.
    const known = typing ? undefined : cache.get(word);
    if (known) return { word, expansions: new Map(known.expansions), strict: false, ...(known.split ? { split: known.split } : {}) };
    const meant = documentFrequency(segments, word) >= common;
    const expansions = new Map<string, number>([[word, 1]]);
    const stems = [word, ...spellingVariants(word)].map(stemWord);
    for (const segment of segments) {
      const { vocabulary, data } = segment;
      const put = (id: number, weight: number) => {
        const name = data.terms[id]!;
        if ((expansions.get(name) ?? 0) < weight) expansions.set(name, weight);
      };
      for (const stem of stems) for (const id of vocabulary.withStem(stem)) put(id, FORM_WEIGHT);
      if (typing) for (const { term, weight } of vocabulary.completions(word)) put(term, weight);
      for (const { term, weight } of meant ? [] : vocabulary.nearSpellings(word)) {
        for (const id of vocabulary.withStem(vocabulary.stemOf(term))) put(id, weight);
      }
    }
    const group: TermGroup = { word, expansions, strict: false };
    const split = splitOf(segments, word);
    if (split) group.split = split;
    if (!typing) cache.set(word, { expansions: new Map(expansions), split });
    return group;
  });
  for (let i = 1; i < query.terms.length; i++) {
    const stem = stemWord(query.terms[i - 1]! + query.terms[i]!);
    for (const { vocabulary, data } of segments) {
      for (const id of vocabulary.withStem(stem)) {
        const name = data.terms[id]!;
        for (const group of [groups[i - 1]!, groups[i]!]) group.expansions.set(name, Math.max(1, group.expansions.get(name) ?? 0));
      }
    }
  }
  for (const phrase of query.phrases) {
    for (const word of phrase) groups.push({ word, expansions: new Map([[word, 1]]), strict: true });
  }
  return groups;
}

/** Words expanded over one set of segments (the words typed lately: a few dozen at most). */
interface WordCache {
  segments: readonly LiveSegment[];
  total: number;
  words: Map<string, { expansions: ReadonlyMap<string, number>; split: TermGroup['split'] }>;
}
let wordCache: WordCache | undefined;
const WORD_CACHE_SIZE = 64;

/**
 * The cache of expanded words, emptied when the segments change (an import adds one; the
 * index replaces its list) or rows are retired (the live total changes what is common).
 */
function wordCacheFor(segments: readonly LiveSegment[], total: number) {
  if (wordCache?.segments !== segments || wordCache.total !== total) wordCache = { segments, total, words: new Map() };
  const words = wordCache.words;
  return {
    get: (word: string) => words.get(word),
    set(word: string, entry: { expansions: ReadonlyMap<string, number>; split: TermGroup['split'] }) {
      words.set(word, entry);
      if (words.size > WORD_CACHE_SIZE) words.delete(words.keys().next().value!);
    },
  };
}

/**
 * The split of `word` into two indexed words, when there is one ("maptask" → map + task):
 * the one whose rarer half is rarest, so "thermodynamics" does not become "the rmodynamics".
 */
function splitOf(segments: readonly LiveSegment[], word: string): TermGroup['split'] {
  if (word.length < 2 * MIN_SPLIT_PART || !/^[a-z]+$/.test(word)) return undefined;
  let best: TermGroup['split'];
  let bestDf = Infinity;
  for (let at = MIN_SPLIT_PART; at <= word.length - MIN_SPLIT_PART; at++) {
    const first = word.slice(0, at);
    const second = word.slice(at);
    const dfFirst = documentFrequency(segments, first);
    const dfSecond = dfFirst ? documentFrequency(segments, second) : 0;
    if (!dfSecond) continue;
    const df = Math.max(dfFirst, dfSecond);
    if (df < bestDf) {
      bestDf = df;
      best = { first, second, weight: SPLIT_WEIGHT };
    }
  }
  return best;
}

/** Documents holding `term` across segments. */
export function documentFrequency(segments: readonly LiveSegment[], term: string): number {
  let df = 0;
  for (const { vocabulary, data } of segments) {
    const id = vocabulary.lookup(term);
    if (id !== undefined) df += data.offsets[id + 1]! - data.offsets[id]!;
  }
  return df;
}

/**
 * Documents holding any form of `term`'s stem, at most `total`: the rarity of the word as
 * the search sees it, so "calls" and "calling" weigh the same.
 */
export function stemDocumentFrequency(segments: readonly LiveSegment[], term: string, total: number): number {
  const stem = stemWord(term);
  let df = 0;
  for (const { vocabulary, data } of segments) {
    for (const id of vocabulary.withStem(stem)) df += data.offsets[id + 1]! - data.offsets[id]!;
  }
  return Math.min(df, total);
}
