import Fuse from 'fuse.js';
import type { LiveSegment } from './live-segment.ts';
import type { RankedHit } from './search-types.ts';

/** How many of the best index hits Fuse re-ranks: 30 gave the same recall@1 and @10 as 100 on the real-corpus quality bench, for less work per keystroke. */
export const RERANK_DEPTH = 30;
/** Share of the final score from the index (the rest is Fuse's closeness of title, authors, keywords). */
const INDEX_SHARE = 0.6;
/**
 * Fuse's threshold here: its bitap allows threshold x length errors per 32-character chunk of
 * the query, and its time grows with that. At 0.6 a 68-character query cost ~6x a
 * 19-character one, and re-ranking was half of a long query's search time at 100k (profiled
 * in Node). At 0.3 (with pair-bonus probes limited to covered words) the quality bench did as
 * well or better: describe recall@10 0.981 to 0.983, @1 0.923 to 0.926; phrase @10 0.964 to
 * 0.982; author_word @10 0.973 to 1.000; typo_title unchanged at 1.000.
 */
const FUSE_THRESHOLD = 0.3;
/** Longest query matched against authors too (see `rerankWithFuse`). */
const LONG_QUERY = 32;

/**
 * Re-ranks the best hits matching every word with Fuse over their short fields, so the paper
 * whose title reads like the query (typos and all) comes first. Below the top RERANK_DEPTH
 * and among partial matches, index order stays.
 */
export function rerankWithFuse(hits: RankedHit[], segments: readonly LiveSegment[], text: string): RankedHit[] {
  // Only papers matching every word: partial matches keep the index's order (re-ranking a
  // full page of them made a long query several times slower, for no recall).
  let depth = 0;
  while (depth < Math.min(hits.length, RERANK_DEPTH) && hits[depth]!.full) depth++;
  if (depth < 2 || !text.trim()) return hits;
  const top = hits.slice(0, depth);
  // A query longer than one bitap word (32 characters: Fuse splits longer ones into chunks,
  // each searched in every field) is a title or a description, which an author list (up to
  // 12 names, the longest field) never comes within the threshold of. A blank field is
  // skipped by Fuse and the keys' weights stay as they are, so only that needless search
  // goes (it was about a third of re-ranking a long query).
  const withAuthors = text.length <= LONG_QUERY;
  const items = top.map(({ segment, doc }) => {
    const data = segments[segment]!.data;
    return { title: data.titles[doc]!, authors: withAuthors ? data.authors[doc]! : '', keywords: data.keywords[doc]! };
  });
  const fuse = new Fuse(items, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'authors', weight: 1 },
      { name: 'keywords', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: FUSE_THRESHOLD,
  });
  const closeness = new Float32Array(top.length);
  for (const hit of fuse.search(text)) closeness[hit.refIndex] = 1 - (hit.score ?? 1);
  const max = top[0]!.score || 1;
  const blended = top.map((hit, i) => ({ hit, value: INDEX_SHARE * (hit.score / max) + (1 - INDEX_SHARE) * closeness[i]! }));
  blended.sort((a, b) => b.value - a.value);
  return [...blended.map((b) => b.hit), ...hits.slice(depth)];
}
