import type { TermGroup } from './expand-terms.ts';
import type { LiveSegment } from './live-segment.ts';
import { hasPairHash, pairHash } from './pair-filter.ts';
import { FIELD_SCORES } from './score.ts';
import type { Segment } from './segment.ts';

/**
 * One query word's scores over one segment: the rows it matches and, per row, the best
 * value of any of its expansions (weight × idf × field score). Sparse and in the order the
 * rows were first met.
 */
export interface WordPostings {
  docs: Uint32Array;
  values: Float32Array;
  /** Expansion terms (and split halves) found in the segment: what to highlight. */
  matched: readonly string[];
}

/**
 * Postings kept per segment, at most this many rows in all (8 bytes a row: 12 MB). A word
 * found in most of 100k papers takes ~100k rows, so the last several words typed are kept.
 */
const CACHE_ROWS = 1_500_000;
/**
 * Words still being typed, kept apart (at most this many per segment, each up to CACHE_ROWS
 * rows): their completions change at every key, so most are never asked again and must not
 * push finished words out; but a short prefix is (“re” while typing “residual”, then again
 * as the start of “residual re”), and a one- or two-letter prefix is the costliest word of
 * all (its completions' postings cover most papers).
 */
const TYPING_ENTRIES = 4;

/**
 * Recently scored words, per segment, most recent last. Typing a query re-scores every
 * finished word at each key ("residual reinforcement l", "… le", "… lea"): the word's
 * expansions and their idf are the same each time, so its merged postings are too. The
 * key holds every expansion with its weight and idf, so a change of the index's size
 * (idf) or of what the word expands to is a different key, never a stale entry.
 */
interface Cache {
  entries: Map<string, WordPostings>;
  rows: number;
  /** Words scored while being typed (see TYPING_ENTRIES), most recent last. */
  typing: Map<string, WordPostings>;
}
const caches = new WeakMap<Segment, Cache>();

/** Scratch of one segment's size, reused by every word (queries run one at a time). */
const scratchBySegment = new WeakMap<Segment, { best: Float32Array; touched: Uint32Array }>();

/**
 * The postings of `group` over `live`, from the cache when the same word with the same
 * expansions was scored before. `finished` false for the word still being typed: it is
 * kept among the few typed words only, not with the finished ones.
 */
export function wordPostings(live: LiveSegment, group: TermGroup, idfOf: ReadonlyMap<string, number>, finished: boolean): WordPostings {
  const data = live.data;
  const key = keyOf(group, idfOf);
  let cache = caches.get(data);
  const hit = cache?.entries.get(key) ?? cache?.typing.get(key);
  if (hit) {
    // Most recent last: re-inserted.
    const home = cache!.entries.has(key) ? cache!.entries : cache!.typing;
    home.delete(key);
    home.set(key, hit);
    return hit;
  }
  const made = scoreWord(live, group, idfOf);
  if (made.docs.length > CACHE_ROWS) return made;
  if (!cache) caches.set(data, (cache = { entries: new Map(), rows: 0, typing: new Map() }));
  if (!finished) {
    cache.typing.set(key, made);
    if (cache.typing.size > TYPING_ENTRIES) cache.typing.delete(cache.typing.keys().next().value!);
    return made;
  }
  cache.entries.set(key, made);
  cache.rows += made.docs.length;
  for (const [oldKey, old] of cache.entries) {
    if (cache.rows <= CACHE_ROWS) break;
    cache.entries.delete(oldKey);
    cache.rows -= old.docs.length;
  }
  return made;
}

function keyOf(group: TermGroup, idfOf: ReadonlyMap<string, number>): string {
  let key = '';
  for (const [term, weight] of group.expansions) key += `${term}\u0001${weight}\u0001${idfOf.get(term)}\u0002`;
  const split = group.split;
  if (split) key += `\u0003${split.first}\u0001${split.second}\u0001${split.weight}\u0001${idfOf.get(split.first)}\u0001${idfOf.get(split.second)}`;
  return key;
}

function scratchOf(data: Segment): { best: Float32Array; touched: Uint32Array } {
  let scratch = scratchBySegment.get(data);
  if (!scratch) scratchBySegment.set(data, (scratch = { best: new Float32Array(data.ids.length), touched: new Uint32Array(data.ids.length) }));
  return scratch;
}

/** Walks the postings of every expansion (and the split), keeping each row's best value. */
function scoreWord(live: LiveSegment, group: TermGroup, idfOf: ReadonlyMap<string, number>): WordPostings {
  const data = live.data;
  const { best, touched } = scratchOf(data);
  const matched: string[] = [];
  let touchedCount = 0;
  for (const [term, weight] of group.expansions) {
    const id = live.vocabulary.lookup(term);
    if (id === undefined) continue;
    matched.push(term);
    const w = weight * idfOf.get(term)!;
    for (let p = data.offsets[id]!, end = data.offsets[id + 1]!; p < end; p++) {
      const doc = data.postings[p]!;
      const value = w * FIELD_SCORES[data.fields[p]!]!;
      if (best[doc] === 0) touched[touchedCount++] = doc;
      if (value > best[doc]!) best[doc] = value;
    }
  }
  if (group.split) touchedCount = scoreSplit(live, group.split, idfOf, best, touched, touchedCount, matched);
  const docs = touched.slice(0, touchedCount);
  const values = new Float32Array(touchedCount);
  for (let i = 0; i < touchedCount; i++) {
    const doc = docs[i]!;
    values[i] = best[doc]!;
    best[doc] = 0;
  }
  return { docs, values, matched };
}

/**
 * Scores papers holding both halves of a split word side by side ("maptask" typed, "map
 * task" written): the two posting lists are merged (both in row order) and the pair filter
 * confirms the halves are neighbours. Returns the new count of touched rows.
 */
function scoreSplit(
  live: LiveSegment,
  split: NonNullable<TermGroup['split']>,
  idfOf: ReadonlyMap<string, number>,
  best: Float32Array,
  touched: Uint32Array,
  touchedCount: number,
  matched: string[],
): number {
  const data = live.data;
  const a = live.vocabulary.lookup(split.first);
  const b = live.vocabulary.lookup(split.second);
  if (a === undefined || b === undefined) return touchedCount;
  const [h1, h2] = pairHash(split.first, split.second);
  const w = split.weight * Math.max(idfOf.get(split.first) ?? 0, idfOf.get(split.second) ?? 0);
  const { offsets, postings, fields, pairOffsets, pairBits } = data;
  let p = offsets[a]!;
  let q = offsets[b]!;
  const pEnd = offsets[a + 1]!;
  const qEnd = offsets[b + 1]!;
  let any = false;
  while (p < pEnd && q < qEnd) {
    const docA = postings[p]!;
    const docB = postings[q]!;
    if (docA < docB) p++;
    else if (docB < docA) q++;
    else {
      const from = pairOffsets[docA]!;
      if (hasPairHash(pairBits, from, pairOffsets[docA + 1]! - from, h1, h2)) {
        const value = w * Math.min(FIELD_SCORES[fields[p]!]!, FIELD_SCORES[fields[q]!]!);
        if (best[docA] === 0) touched[touchedCount++] = docA;
        if (value > best[docA]!) best[docA] = value;
        any = true;
      }
      p++;
      q++;
    }
  }
  if (any) matched.push(split.first, split.second);
  return touchedCount;
}
