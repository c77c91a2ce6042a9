import type { LiveSegment } from './live-segment.ts';
import type { Segment } from './segment.ts';
import { emptyColumns } from './build-segment.ts';

/**
 * One segment holding the live rows of `segments`, in their order, without re-reading or
 * re-tokenising a paper: columns and pair filters are copied, vocabularies merged, postings
 * renumbered. Retired rows are dropped. For segments with disjoint live days given oldest
 * first, the result equals `buildSegment` over the same papers in the same order (a test
 * holds it to that), so an index grown shard by shard during an import ends up as one
 * built from scratch, for a small fraction of the cost of building it (no tokenising).
 */
export function mergeSegments(segments: readonly LiveSegment[]): Segment {
  // Old row → new row (or -1 when retired), per segment.
  const maps: Int32Array[] = [];
  let rows = 0;
  let pairBytes = 0;
  for (const live of segments) {
    const map = new Int32Array(live.data.ids.length);
    const { pairOffsets } = live.data;
    for (let doc = 0; doc < map.length; doc++) {
      if (live.alive[doc]) {
        map[doc] = rows++;
        pairBytes += pairOffsets[doc + 1]! - pairOffsets[doc]!;
      } else map[doc] = -1;
    }
    maps.push(map);
  }
  const out: Segment = { ...emptyColumns(rows), pairBits: new Uint8Array(pairBytes) };
  let bitsAt = 0;
  segments.forEach((live, s) => {
    const data = live.data;
    const map = maps[s]!;
    for (let doc = 0; doc < map.length; doc++) {
      const row = map[doc]!;
      if (row < 0) continue;
      out.ids[row] = data.ids[doc]!;
      out.dates[row] = data.dates[doc]!;
      out.upvotes[row] = data.upvotes[doc]!;
      out.titles[row] = data.titles[doc]!;
      out.authors[row] = data.authors[doc]!;
      out.orgs[row] = data.orgs[doc]!;
      out.orgLabels[row] = data.orgLabels[doc]!;
      out.keywords[row] = data.keywords[doc]!;
      const from = data.pairOffsets[doc]!;
      const to = data.pairOffsets[doc + 1]!;
      out.pairBits.set(data.pairBits.subarray(from, to), bitsAt);
      bitsAt += to - from;
      out.pairOffsets[row + 1] = bitsAt;
    }
  });
  mergePostings(segments, maps, out);
  return out;
}

/** Merges the sorted vocabularies; a term's postings are its segments' live postings, in segment order. */
function mergePostings(segments: readonly LiveSegment[], maps: readonly Int32Array[], out: Segment): void {
  const cursors = new Uint32Array(segments.length);
  let size = 0;
  for (const live of segments) size += live.data.postings.length;
  const postings = new Uint32Array(size);
  const fields = new Uint8Array(size);
  const offsets: number[] = [0];
  const terms: string[] = [];
  let at = 0;
  for (;;) {
    // The smallest term under any cursor (a handful of segments: a linear scan beats a heap).
    let term: string | undefined;
    for (let s = 0; s < segments.length; s++) {
      const candidate = segments[s]!.data.terms[cursors[s]!];
      if (candidate !== undefined && (term === undefined || candidate < term)) term = candidate;
    }
    if (term === undefined) break;
    const start = at;
    for (let s = 0; s < segments.length; s++) {
      const data = segments[s]!.data;
      const t = cursors[s]!;
      if (data.terms[t] !== term) continue;
      const map = maps[s]!;
      for (let p = data.offsets[t]!, end = data.offsets[t + 1]!; p < end; p++) {
        const row = map[data.postings[p]!]!;
        if (row < 0) continue;
        postings[at] = row;
        fields[at++] = data.fields[p]!;
      }
      cursors[s] = t + 1;
    }
    // A term whose rows were all retired is left out, as a build over the live rows would.
    if (at > start) {
      terms.push(term);
      offsets.push(at);
    }
  }
  out.terms = terms;
  out.offsets = Uint32Array.from(offsets);
  out.postings = postings.slice(0, at);
  out.fields = fields.slice(0, at);
}
