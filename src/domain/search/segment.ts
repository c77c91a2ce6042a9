/**
 * One immutable slice of the search index: a column table of short fields per paper and
 * an inverted index (sorted vocabulary, postings as typed arrays). Abstracts are indexed
 * but not kept: excerpts and phrase checks read them from the day rows when needed.
 * Plain data only, so it can be stored in IndexedDB and restored without a rebuild.
 */
export interface Segment {
  ids: string[];
  dates: string[];
  upvotes: Uint32Array;
  titles: string[];
  /** Authors joined by ", ", cut after AUTHORS_KEPT names (every author is indexed). */
  authors: string[];
  /** Organization name ("" when none) and the label shown (full name when known). */
  orgs: string[];
  orgLabels: string[];
  keywords: string[];
  /** Sorted, distinct normalised terms. */
  terms: string[];
  /** Postings of term i are `postings[offsets[i]] .. postings[offsets[i + 1] - 1]`, doc order. */
  offsets: Uint32Array;
  postings: Uint32Array;
  /** Per posting: FIELD bits in the low 5 bits, the term's count in the abstract (max 7) above. */
  fields: Uint8Array;
  /** Adjacent-word-pair Bloom filter of doc i: `pairBits[pairOffsets[i] .. pairOffsets[i + 1])`. */
  pairOffsets: Uint32Array;
  pairBits: Uint8Array;
}

export const FIELD = { title: 1, author: 2, org: 4, keyword: 8, abstract: 16 } as const;
export const TF_SHIFT = 5;
export const AUTHORS_KEPT = 12;

/** Bytes held by the segment's typed arrays and strings (strings counted at one byte a character). */
export function segmentBytes(segment: Segment): number {
  const typed =
    segment.upvotes.byteLength + segment.offsets.byteLength + segment.postings.byteLength + segment.fields.byteLength + segment.pairOffsets.byteLength + segment.pairBits.byteLength;
  let chars = 0;
  for (const list of [segment.ids, segment.dates, segment.titles, segment.authors, segment.orgs, segment.orgLabels, segment.keywords, segment.terms]) {
    for (const value of list) chars += value.length;
  }
  return typed + chars;
}
