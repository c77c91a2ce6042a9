import type { TermGroup } from './expand-terms.ts';
import { hasPair } from './pair-filter.ts';
import type { Segment } from './segment.ts';

/** A neighbouring pair of query words found side by side counts about as much as a title match. */
const PAIR_WEIGHT = 5;
const EXPANSIONS_PER_WORD = 3;

interface WordOption {
  term: string;
  weight: number;
  idf: number;
}

/**
 * Scores how many neighbouring query words appear next to each other in a paper (title or
 * abstract), through the paper's pair filter: "distinctive phrase" queries find their paper
 * even when every word on its own is common.
 */
export function makePairBonus(groups: readonly TermGroup[], idfOf: ReadonlyMap<string, number>): (data: Segment, doc: number) => number {
  const options: WordOption[][] = groups.map((group) =>
    [...group.expansions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, EXPANSIONS_PER_WORD)
      .map(([term, weight]) => ({ term, weight, idf: idfOf.get(term) ?? 0 })),
  );
  if (options.length < 2) return () => 0;
  return (data, doc) => {
    const from = data.pairOffsets[doc]!;
    const bytes = data.pairOffsets[doc + 1]! - from;
    let bonus = 0;
    let chained = 0;
    for (let i = 1; i < options.length; i++) {
      let best = 0;
      for (const a of options[i - 1]!) {
        for (const b of options[i]!) {
          const value = a.weight * b.weight * Math.min(a.idf, b.idf);
          if (value > best && hasPair(data.pairBits, from, bytes, a.term, b.term)) best = value;
        }
      }
      bonus += PAIR_WEIGHT * best;
      if (best > 0) chained++;
    }
    // Every neighbour side by side: the whole query is a phrase of the paper.
    return chained === options.length - 1 ? 2 * bonus : bonus;
  };
}
