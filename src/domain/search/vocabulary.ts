import Fuse from 'fuse.js';
import { stemWord } from './analyze.ts';
import type { Segment } from './segment.ts';

/**
 * Finds the vocabulary terms a query word may mean: itself, words it starts (while it is
 * typed), and near spellings. Fuse over the whole vocabulary costs ~50 ms a word at 100k
 * papers, so a trigram index first picks the few terms of similar length that share enough
 * trigrams with the word, and Fuse ranks only those.
 */
export interface Expansion {
  term: number;
  /** 1 for the word itself, less for completions and near spellings. */
  weight: number;
}

/** Completions scored for the word being typed (the most frequent ones). */
const MAX_PREFIX_TERMS = 40;
/** Terms looked at for completions: a one-letter prefix starts tens of thousands. */
const MAX_PREFIX_SCAN = 20_000;
const MAX_FUZZY_TERMS = 6;
const FUZZY_THRESHOLD = 0.26;
/** A near spelling counts for less than the word itself, so exact matches rank first. */
const FUZZY_WEIGHT = 0.8;

const NONE: readonly number[] = [];

export class Vocabulary {
  private readonly byTerm = new Map<string, number>();
  private readonly trigrams = new Map<string, number[]>();
  private readonly seen: Uint16Array;
  /** Each term's stem, and the terms sharing each stem ("call" → call, calls, calling). */
  private readonly stems: string[];
  private readonly byStem = new Map<string, number[]>();

  constructor(private readonly segment: Segment) {
    this.stems = new Array<string>(segment.terms.length);
    segment.terms.forEach((term, i) => {
      this.byTerm.set(term, i);
      const stem = stemWord(term);
      this.stems[i] = stem;
      const same = this.byStem.get(stem);
      if (same) same.push(i);
      else this.byStem.set(stem, [i]);
      for (const gram of trigramsOf(term)) {
        const list = this.trigrams.get(gram);
        if (list) list.push(i);
        else this.trigrams.set(gram, [i]);
      }
    });
    this.seen = new Uint16Array(segment.terms.length);
  }

  get size(): number {
    return this.segment.terms.length;
  }

  lookup(term: string): number | undefined {
    return this.byTerm.get(term);
  }

  /** The stem of term `id` (see `stemWord`). */
  stemOf(id: number): string {
    return this.stems[id]!;
  }

  /** Terms whose stem is `stem`: the word forms that meet ("calls", "calling", "called"). */
  withStem(stem: string): readonly number[] {
    return this.byStem.get(stem) ?? NONE;
  }

  /**
   * Terms that start with `prefix` (the word itself excluded): the `max` found in the most
   * papers. A short prefix starts thousands of terms; scoring all their postings cost most
   * of a keystroke, and the rare ones seldom make the first page.
   */
  completions(prefix: string, max = MAX_PREFIX_TERMS): Expansion[] {
    const terms = this.segment.terms;
    const offsets = this.segment.offsets;
    const from = lowerBound(terms, prefix);
    let to = from;
    while (to < terms.length && to - from < MAX_PREFIX_SCAN && terms[to]!.startsWith(prefix)) to++;
    let ids: number[] = [];
    for (let i = from; i < to; i++) if (terms[i] !== prefix) ids.push(i);
    if (ids.length > max) {
      const df = (i: number) => offsets[i + 1]! - offsets[i]!;
      ids = ids.sort((a, b) => df(b) - df(a) || a - b).slice(0, max);
    }
    return ids.map((i) => ({ term: i, weight: 0.55 + (0.35 * prefix.length) / terms[i]!.length }));
  }

  /** Near spellings of `word` (not `word` itself), ranked by Fuse. */
  nearSpellings(word: string): Expansion[] {
    if (word.length < 4 || /^\d+$/.test(word)) return [];
    const edits = word.length >= 7 ? 2 : 1;
    const grams = trigramsOf(word);
    const need = Math.max(1, grams.length - 3 * edits);
    const terms = this.segment.terms;
    const counts = this.seen;
    const touched: number[] = [];
    for (const gram of new Set(grams)) {
      for (const term of this.trigrams.get(gram) ?? []) {
        const length = terms[term]!.length;
        if (length < word.length - edits || length > word.length + edits) continue;
        if (counts[term] === 0) touched.push(term);
        counts[term]!++;
      }
    }
    const candidates: number[] = [];
    for (const term of touched) {
      if (counts[term]! >= need && terms[term] !== word) candidates.push(term);
      counts[term] = 0;
    }
    if (!candidates.length) return [];
    const fuse = new Fuse(candidates.map((term) => terms[term]!), { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
    return fuse
      .search(word, { limit: MAX_FUZZY_TERMS })
      .map((hit) => ({ term: candidates[hit.refIndex]!, weight: FUZZY_WEIGHT * (1 - (hit.score ?? 0)) }));
  }
}

/** Trigrams of `^word$`, so the ends of a word count. */
export function trigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
