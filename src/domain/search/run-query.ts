import { documentFrequency, expandTerms, type TermGroup } from './expand-terms.ts';
import type { LiveSegment } from './live-segment.ts';
import type { ParsedQuery } from './query-parser.ts';
import { makePairBonus } from './pair-bonus.ts';
import { rerankWithFuse } from './rerank.ts';
import { fieldScore, idf } from './score.ts';
import { FIELD, type Segment } from './segment.ts';
import type { RankedHit, SearchFilters, SortOrder } from './search-types.ts';

export interface QueryOutcome {
  /** Every matching paper, in the requested order. */
  hits: RankedHit[];
  /** True when no paper matched every word, so papers matching all but one are shown. */
  partial: boolean;
  /** Terms that matched (words, completions, near spellings): what to highlight. */
  matchedTerms: string[];
}

export interface QueryContext {
  filters: SearchFilters;
  sort: SortOrder;
  /** Bookmarked paper ids, when the filter asks for them. */
  bookmarks?: ReadonlySet<string>;
}

/**
 * Runs a parsed query over the live segments: posting lists pick and score candidates,
 * filters and scopes narrow them, and Fuse re-ranks the best few by title, authors and
 * keywords. Phrases are only required word by word here; the caller checks the exact
 * phrase against the text (see `needsPhraseCheck`).
 */
export function runQuery(segments: readonly LiveSegment[], query: ParsedQuery, context: QueryContext): QueryOutcome {
  const groups = expandTerms(segments, query);
  const total = segments.reduce((sum, s) => sum + s.liveCount, 0);
  const idfOf = new Map<string, number>();
  for (const group of groups) for (const term of group.expansions.keys()) idfOf.set(term, idf(total, documentFrequency(segments, term)));
  const matched = new Set<string>();
  const perSegment = segments.map((segment) => scoreSegment(segment, groups, idfOf, query, context, matched));
  let partial = false;
  const bonus = makePairBonus(groups, idfOf);
  const gather = (need: number) => perSegment.flatMap((s, i) => collect(s, segments[i]!.data, i, need, bonus));
  let hits = gather(groups.length);
  const relaxable = groups.length >= 2 && !query.phrases.length;
  if (!hits.length && relaxable) {
    hits = gather(groups.length - 1);
    partial = hits.length > 0;
  }
  sortHits(hits, segments, context.sort);
  if (context.sort === 'relevance' && groups.length) {
    hits = rerankWithFuse(hits, segments, [...query.terms, ...query.phrases.flat()].join(' '));
  }
  return { hits, partial, matchedTerms: [...matched] };
}

interface SegmentScores {
  score: Float32Array;
  coverage: Uint8Array;
  eligible: Uint8Array;
}

function scoreSegment(
  live: LiveSegment,
  groups: readonly TermGroup[],
  idfOf: ReadonlyMap<string, number>,
  query: ParsedQuery,
  context: QueryContext,
  matched: Set<string>,
): SegmentScores {
  const data = live.data;
  const n = data.ids.length;
  const score = new Float32Array(n);
  const coverage = new Uint8Array(n);
  const best = new Float32Array(n);
  const touched: number[] = [];
  for (const group of groups) {
    for (const [term, weight] of group.expansions) {
      const id = live.vocabulary.lookup(term);
      if (id === undefined) continue;
      matched.add(term);
      const w = weight * idfOf.get(term)!;
      for (let p = data.offsets[id]!, end = data.offsets[id + 1]!; p < end; p++) {
        const doc = data.postings[p]!;
        const value = w * fieldScore(data.fields[p]!);
        if (best[doc] === 0) touched.push(doc);
        if (value > best[doc]!) best[doc] = value;
      }
    }
    for (const doc of touched) {
      score[doc]! += best[doc]!;
      coverage[doc]!++;
      best[doc] = 0;
    }
    touched.length = 0;
  }
  return { score, coverage, eligible: eligibility(live, query, context, groups.length === 0) };
}

/** 1 where a row passes liveness, filters, scopes (author:, org:) and exclusions. */
function eligibility(live: LiveSegment, query: ParsedQuery, context: QueryContext, browsing: boolean): Uint8Array {
  const data = live.data;
  const { from, to, org, minUpvotes } = context.filters;
  const ok = new Uint8Array(data.ids.length);
  for (let doc = 0; doc < ok.length; doc++) {
    if (!live.alive[doc]) continue;
    const date = data.dates[doc]!;
    if ((from && date < from) || (to && date > to)) continue;
    if (org && data.orgs[doc] !== org) continue;
    if (minUpvotes && data.upvotes[doc]! < minUpvotes) continue;
    if (context.bookmarks && !context.bookmarks.has(data.ids[doc]!)) continue;
    ok[doc] = 1;
  }
  const scopes: [string[][], number][] = [[query.authors, FIELD.author], [query.orgs, FIELD.org]];
  for (const [list, field] of scopes) for (const tokens of list) for (const token of tokens) keepWithToken(live, token, field, ok);
  for (const word of query.excluded) dropWithTerm(data, live.vocabulary.lookup(word), ok);
  if (browsing && !query.authors.length && !query.orgs.length && !hasFilter(context.filters, context.bookmarks)) ok.fill(0);
  return ok;
}

function hasFilter(filters: SearchFilters, bookmarks: ReadonlySet<string> | undefined): boolean {
  return Boolean(filters.from || filters.to || filters.org || filters.minUpvotes || bookmarks);
}

/** Keeps rows whose `field` holds `token` or a word starting with it. */
function keepWithToken(live: LiveSegment, token: string, field: number, ok: Uint8Array): void {
  const data = live.data;
  const has = new Uint8Array(ok.length);
  const ids = [live.vocabulary.lookup(token), ...live.vocabulary.completions(token).map((e) => e.term)];
  for (const id of ids) {
    if (id === undefined) continue;
    for (let p = data.offsets[id]!, end = data.offsets[id + 1]!; p < end; p++) {
      if (data.fields[p]! & field) has[data.postings[p]!] = 1;
    }
  }
  for (let doc = 0; doc < ok.length; doc++) ok[doc]! &= has[doc]!;
}

function dropWithTerm(data: Segment, id: number | undefined, ok: Uint8Array): void {
  if (id === undefined) return;
  for (let p = data.offsets[id]!, end = data.offsets[id + 1]!; p < end; p++) ok[data.postings[p]!] = 0;
}

function collect(scores: SegmentScores, data: Segment, segment: number, need: number, bonus: (data: Segment, doc: number) => number): RankedHit[] {
  const out: RankedHit[] = [];
  const { score, coverage, eligible } = scores;
  for (let doc = 0; doc < eligible.length; doc++) {
    if (eligible[doc] && coverage[doc]! >= need) out.push({ segment, doc, score: score[doc]! + bonus(data, doc) });
  }
  return out;
}

function sortHits(hits: RankedHit[], segments: readonly LiveSegment[], sort: SortOrder): void {
  const upvotes = (h: RankedHit) => segments[h.segment]!.data.upvotes[h.doc]!;
  const date = (h: RankedHit) => segments[h.segment]!.data.dates[h.doc]!;
  if (sort === 'upvotes') hits.sort((a, b) => upvotes(b) - upvotes(a) || b.score - a.score);
  else if (sort === 'newest') hits.sort((a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : upvotes(b) - upvotes(a)));
  else hits.sort((a, b) => b.score - a.score || upvotes(b) - upvotes(a) || (date(a) < date(b) ? 1 : -1));
}
