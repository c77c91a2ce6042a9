/**
 * Per-paper Bloom filters of adjacent word pairs (stopwords skipped, so "chain of thought"
 * holds "chain thought"). They let a query's neighbouring words count as a phrase without
 * keeping abstracts or word positions: about 10 bits a pair, ~1% false positives.
 */
const BITS_PER_PAIR = 10;
const PROBES = 5;

/** FNV-1a over "a b", then a second hash derived from it for double hashing. */
export function pairHash(a: string, b: string): [number, number] {
  let h = 0x811c9dc5;
  const s = `${a} ${b}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const h1 = h >>> 0;
  const h2 = (Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) >>> 0) | 1;
  return [h1, h2];
}

/** Bytes of filter for a paper with `pairs` word pairs. */
export function filterBytes(pairs: number): number {
  return Math.max(4, Math.ceil((pairs * BITS_PER_PAIR) / 8));
}

/**
 * Sets the pair's bits in `bits[from .. from + bytes)`. Hashes as `pairHash` does, without
 * building the "a b" string or a result array: it runs for every word pair of 100k abstracts.
 */
export function addPair(bits: Uint8Array, from: number, bytes: number, a: string, b: string): void {
  addPairAfter(bits, from, bytes, pairPrefixHash(a), b);
}

/** The hash state after "a " (see `addPairAfter`): the index build keeps it per term. */
export function pairPrefixHash(a: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 32, 0x01000193);
}

/** `addPair` with the first word's part of the hash already done (`pairPrefixHash(a)`). */
export function addPairAfter(bits: Uint8Array, from: number, bytes: number, prefix: number, b: string): void {
  let h = prefix;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  const h1 = h >>> 0;
  const h2 = (Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) >>> 0) | 1;
  const size = bytes * 8;
  for (let i = 0; i < PROBES; i++) {
    const bit = (h1 + Math.imul(i, h2)) >>> 0;
    const at = bit % size;
    bits[from + (at >> 3)]! |= 1 << (at & 7);
  }
}

/**
 * True when the pair hashed by `pairHash` may be in the filter (false: certainly not). Callers
 * hash once per query: a query tests the same pairs on every paper.
 */
export function hasPairHash(bits: Uint8Array, from: number, bytes: number, h1: number, h2: number): boolean {
  const size = bytes * 8;
  for (let i = 0; i < PROBES; i++) {
    const at = ((h1 + Math.imul(i, h2)) >>> 0) % size;
    if (!(bits[from + (at >> 3)]! & (1 << (at & 7)))) return false;
  }
  return true;
}
