import { documentFrequency, expandTerms, stemDocumentFrequency, type TermGroup } from './expand-terms.ts';
import type { LiveSegment } from './live-segment.ts';
import type { ParsedQuery } from './query-parser.ts';
import { makePairBonus, type PairBonus } from './pair-bonus.ts';
import { RERANK_DEPTH, rerankWithFuse } from './rerank.ts';
import { idf } from './score.ts';
import { wordPostings } from './word-postings.ts';
import { FIELD, type Segment } from './segment.ts';
import type { RankedHit, SearchFilters, SortOrder } from './search-types.ts';

export interface QueryOutcome {
  /**
   * The matching papers in order: all of them, or with `limit` (and no phrases) only the
   * best max(limit, RERANK_DEPTH). `total` counts them all either way.
   */
  hits: RankedHit[];
  total: number;
  /** How many of `total` match every word (they come first, see `RankedHit.full`). */
  fullTotal: number;
  /** True when papers match but none matches every word. */
  partial: boolean;
  /** Query words that match nothing in the index (left out of "every word"). */
  unmatched: string[];
  /** Terms that matched (words, completions, near spellings): what to highlight. */
  matchedTerms: string[];
  /** Hits left out (or, with `showMuted`, kept) because the reader muted them. */
  muted: number;
}

export interface QueryContext {
  filters: SearchFilters;
  sort: SortOrder;
  /** Bookmarked paper ids, when the filter asks for them. */
  bookmarks?: ReadonlySet<string>;
  /** Ids of the papers in the asked arXiv categories (cat:, or the category filter), when one is asked for. */
  inCategories?: ReadonlySet<string>;
  /**
   * How many hits the caller will show: only the best max(limit, RERANK_DEPTH) are kept,
   * in order. Without it, or with phrases (the caller drops hits that fail the exact check),
   * every hit is returned in order.
   */
  limit?: number;
  /** Ids of muted papers (see domain/follow/mute-match.ts): left out of the hits and counted. */
  muted?: ReadonlySet<string>;
  /** Keep muted hits (the reader's "show hidden" switch); they are still counted. */
  showMuted?: boolean;
  /** When given, filled with the milliseconds each phase of the query took (see `QueryPhases`). */
  phases?: QueryPhases;
}

/** Where a query's time went, in ms: a few clock reads per query, for profiles and the bench. */
export interface QueryPhases {
  expand: number;
  score: number;
  collect: number;
  rerank: number;
}

/**
 * Runs a parsed query over the live segments: posting lists pick and score candidates,
 * filters and scopes narrow them, and Fuse re-ranks the best few by title, authors and
 * keywords. Phrases are only required word by word here; the caller checks the exact
 * phrase against the text (see `needsPhraseCheck`).
 */
export function runQuery(segments: readonly LiveSegment[], query: ParsedQuery, context: QueryContext): QueryOutcome {
  const phases = context.phases;
  let clock = phases ? performance.now() : 0;
  const lap = (phase: keyof QueryPhases) => {
    if (!phases) return;
    const now = performance.now();
    phases[phase] += now - clock;
    clock = now;
  };
  const groups = expandTerms(segments, query);
  const total = segments.reduce((sum, s) => sum + s.liveCount, 0);
  const idfOf = new Map<string, number>();
  for (const group of groups) {
    for (const term of group.expansions.keys()) idfOf.set(term, idf(total, stemDocumentFrequency(segments, term, total)));
    if (group.split) for (const half of [group.split.first, group.split.second]) idfOf.set(half, idf(total, stemDocumentFrequency(segments, half, total)));
  }
  const matched = new Set<string>();
  const found = new Uint8Array(groups.length);
  lap('expand');
  const perSegment = segments.map((segment) => scoreSegment(segment, groups, idfOf, query, context, matched, found));
  lap('score');
  try {
    const live = found.reduce((sum, f) => sum + f, 0);
    const unmatched = groups.filter((g, i) => !found[i] && !g.strict).map((g) => g.word);
    // Phrase words must all match; otherwise every word that matches anything makes a full
    // match, and papers covering at least about half of them follow as partial matches.
    const strict = query.phrases.length > 0 && live < groups.length;
    const need = query.phrases.length ? groups.length : minimumCoverage(live);
    const bonus = makePairBonus(groups, idfOf, (term) => documentFrequency(segments, term));
    const order = hitOrder(segments, context.sort);
    const keep = context.limit === undefined || query.phrases.length ? Infinity : Math.max(context.limit, RERANK_DEPTH);
    const top = new TopHits(keep, order, context.sort === 'relevance');
    const mutes = muteGate(context);
    if (!strict) perSegment.forEach((s, i) => collect(s, segments[i]!, i, need, live, bonus, top, mutes, context.sort === 'relevance' ? keep : Infinity));
    let hits = top.ordered();
    lap('collect');
    if (context.sort === 'relevance' && groups.length) {
      hits = rerankWithFuse(hits, segments, [...query.terms, ...query.phrases.flat()].join(' '));
    }
    lap('rerank');
    return { hits, total: top.count, fullTotal: top.fullCount, partial: top.count > 0 && top.fullCount === 0, unmatched, matchedTerms: [...matched], muted: mutes?.count ?? 0 };
  } finally {
    for (const s of perSegment) s.release();
  }
}

/** Words a partial match must cover out of `live` (every one up to two, then about half). */
function minimumCoverage(live: number): number {
  return live <= 2 ? 1 : Math.ceil(live / 2);
}

/**
 * Per-segment scratch arrays, allocated once and reused by every query (queries run one at
 * a time on the worker): allocating several 100k-long arrays per keystroke cost more in
 * allocation and garbage collection than the scoring itself. Only the touched rows are
 * reset after a query.
 */
interface Scratch {
  score: Float32Array;
  coverage: Uint8Array;
  /** Bit g set when the row covers query word g (the first 32 words). */
  words: Uint32Array;
  /** Rows with coverage > 0, in order of first match. */
  candidates: Uint32Array;
  busy: boolean;
}

const scratchBySegment = new WeakMap<Segment, Scratch>();

function scratchOf(data: Segment): Scratch {
  let scratch = scratchBySegment.get(data);
  if (!scratch || scratch.busy) {
    const n = data.ids.length;
    scratch = { score: new Float32Array(n), coverage: new Uint8Array(n), words: new Uint32Array(n), candidates: new Uint32Array(n), busy: false };
    if (!scratchBySegment.has(data)) scratchBySegment.set(data, scratch);
  }
  scratch.busy = true;
  return scratch;
}

interface SegmentScores {
  score: Float32Array;
  coverage: Uint8Array;
  words: Uint32Array;
  candidates: Uint32Array;
  count: number;
  /** False when the row fails liveness, filters, scopes or exclusions. */
  eligible: (doc: number) => boolean;
  /** Browsing (no words): every row is a candidate. */
  browsing: boolean;
  /** Browsing asks for rows only through scopes or filters (nothing asks for nothing). */
  narrowed: boolean;
  release(): void;
}

function scoreSegment(
  live: LiveSegment,
  groups: readonly TermGroup[],
  idfOf: ReadonlyMap<string, number>,
  query: ParsedQuery,
  context: QueryContext,
  matched: Set<string>,
  found: Uint8Array,
): SegmentScores {
  const data = live.data;
  const scratch = scratchOf(data);
  const { score, coverage, words, candidates } = scratch;
  let count = 0;
  const typing = query.prefix !== undefined ? query.terms.length - 1 : -1;
  for (const [g, group] of groups.entries()) {
    const bit = g < 32 ? (1 << g) >>> 0 : 0;
    // Finished words are kept between keys; the word being typed changes at each.
    const postings = wordPostings(live, group, idfOf, g !== typing);
    if (postings.matched.length) {
      found[g] = 1;
      for (const term of postings.matched) matched.add(term);
    }
    const { docs, values } = postings;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      if (coverage[doc] === 0) candidates[count++] = doc;
      score[doc]! += values[i]!;
      coverage[doc]!++;
      words[doc]! |= bit;
    }
  }
  const release = () => {
    for (let i = 0; i < count; i++) {
      const doc = candidates[i]!;
      score[doc] = 0;
      coverage[doc] = 0;
      words[doc] = 0;
    }
    scratch.busy = false;
  };
  const narrowed = query.authors.length > 0 || query.orgs.length > 0 || hasFilter(context.filters, context.bookmarks) || context.inCategories !== undefined;
  return { score, coverage, words, candidates, count, eligible: eligibility(live, query, context), browsing: groups.length === 0, narrowed, release };
}

/** Whether a row passes liveness, filters, scopes (author:, org:) and exclusions; checked only for candidates. */
function eligibility(live: LiveSegment, query: ParsedQuery, context: QueryContext): (doc: number) => boolean {
  const data = live.data;
  const { from, to, org, minUpvotes } = context.filters;
  const bookmarks = context.bookmarks;
  const inCategories = context.inCategories;
  // Scopes and exclusions are masks over the posting lists (built only when asked for).
  let mask: Uint8Array | undefined;
  const scopes: [string[][], number][] = [[query.authors, FIELD.author], [query.orgs, FIELD.org]];
  for (const [list, field] of scopes) {
    for (const tokens of list) for (const token of tokens) mask = keepWithToken(live, token, field, mask);
  }
  if (query.excluded.length) {
    mask ??= new Uint8Array(data.ids.length).fill(1);
    for (const word of query.excluded) dropWithTerm(data, live.vocabulary.lookup(word), mask);
  }
  const alive = live.alive;
  const { dates, orgs, upvotes, ids } = data;
  return (doc) => {
    if (!alive[doc]) return false;
    if (mask && !mask[doc]) return false;
    if (from || to) {
      const date = dates[doc]!;
      if ((from && date < from) || (to && date > to)) return false;
    }
    if (org && orgs[doc] !== org) return false;
    if (minUpvotes && upvotes[doc]! < minUpvotes) return false;
    if (bookmarks && !bookmarks.has(ids[doc]!)) return false;
    if (inCategories && !inCategories.has(ids[doc]!)) return false;
    return true;
  };
}

function hasFilter(filters: SearchFilters, bookmarks: ReadonlySet<string> | undefined): boolean {
  return Boolean(filters.from || filters.to || filters.org || filters.minUpvotes || bookmarks);
}

/** Keeps rows whose `field` holds `token` or a word starting with it (ANDed into `mask`). */
function keepWithToken(live: LiveSegment, token: string, field: number, mask: Uint8Array | undefined): Uint8Array {
  const data = live.data;
  const has = new Uint8Array(data.ids.length);
  const ids = [live.vocabulary.lookup(token), ...live.vocabulary.completions(token, SCOPE_COMPLETIONS).map((e) => e.term)];
  for (const id of ids) {
    if (id === undefined) continue;
    for (let p = data.offsets[id]!, end = data.offsets[id + 1]!; p < end; p++) {
      if (data.fields[p]! & field) has[data.postings[p]!] = 1;
    }
  }
  if (!mask) return has;
  for (let doc = 0; doc < mask.length; doc++) mask[doc]! &= has[doc]!;
  return mask;
}

/** Completions an `author:` / `org:` prefix may stand for (the most frequent first). */
const SCOPE_COMPLETIONS = 300;

function dropWithTerm(data: Segment, id: number | undefined, ok: Uint8Array): void {
  if (id === undefined) return;
  for (let p = data.offsets[id]!, end = data.offsets[id + 1]!; p < end; p++) ok[data.postings[p]!] = 0;
}

/** Counts muted hits and tells whether one is left out; `undefined` when nothing is muted. */
interface MuteGate {
  count: number;
  drops(id: string): boolean;
}

function muteGate(context: QueryContext): MuteGate | undefined {
  const muted = context.muted;
  if (!muted?.size) return undefined;
  const gate: MuteGate = {
    count: 0,
    drops(id) {
      if (!muted.has(id)) return false;
      gate.count++;
      return !context.showMuted;
    },
  };
  return gate;
}

/**
 * Offers a segment's candidates to `top`. With a finite `keep` (relevance order), a first
 * pass finds the keep-th best score before pair bonuses (a floor: at least `keep` rows end at
 * or above it, bonuses only add), and rows that cannot reach it even with the largest bonus
 * their covered words allow are only counted, never probed nor offered: the same hits as
 * offering every row. Without the floor, the heap filled with the first rows met (row order,
 * not score), and a long query's partial matches were mostly probed and offered.
 */
function collect(scores: SegmentScores, live: LiveSegment, segment: number, need: number, every: number, bonus: PairBonus, top: TopHits, mutes: MuteGate | undefined, keep: number): void {
  const data = live.data;
  const { score, coverage, words, eligible, candidates, count } = scores;
  if (scores.browsing) {
    // No words: only scopes or filters narrow the rows (nothing at all asks for nothing).
    if (!scores.narrowed) return;
    for (let doc = 0; doc < data.ids.length; doc++) if (eligible(doc) && !mutes?.drops(data.ids[doc]!)) top.offer(segment, doc, 0, true);
    return;
  }
  const { rows, bases, tier } = passScratchOf(data);
  let kept = 0;
  let fullKept = 0;
  for (let i = 0; i < count; i++) {
    const doc = candidates[i]!;
    const covered = coverage[doc]!;
    if (covered < need || !eligible(doc)) continue;
    if (mutes?.drops(data.ids[doc]!)) continue;
    const full = covered >= every;
    rows[kept] = doc;
    // Partial matches weigh by the share of the words they cover (Lucene's classic "coord"):
    // a paper covering five of seven words ahead of one covering four with a title hit.
    bases[kept] = full ? score[doc]! : (score[doc]! * covered) / every;
    kept++;
    if (full) fullKept++;
  }
  let fullFloor = -Infinity;
  let partialFloor = -Infinity;
  if (keep !== Infinity && kept > keep) {
    // Full matches rank above partial ones: with `keep` of them, no partial match is kept.
    if (fullKept >= keep) {
      fullFloor = kthLargest(bases, tier, kept, keep, (j) => coverage[rows[j]!]! >= every);
      partialFloor = Infinity;
    } else partialFloor = kthLargest(bases, tier, kept, keep - fullKept, (j) => coverage[rows[j]!]! < every);
  }
  for (let j = 0; j < kept; j++) {
    const doc = rows[j]!;
    const base = bases[j]!;
    const covered = coverage[doc]!;
    const full = covered >= every;
    // A row that cannot reach the kept few even with the largest pair bonus its words allow
    // skips the bonus (Bloom probes): it is only counted.
    const reach = base + bonus.bound(covered, words[doc]!);
    if (reach < (full ? fullFloor : partialFloor) || top.cannotEnter(reach, full)) top.skip(full);
    else top.offer(segment, doc, base + bonus.of(data, doc, covered, words[doc]!), full);
  }
}

/** Per segment: the rows passing a query's checks and their scores before bonuses (see `collect`). */
const passScratch = new WeakMap<Segment, { rows: Uint32Array; bases: Float64Array; tier: Float64Array }>();

function passScratchOf(data: Segment): { rows: Uint32Array; bases: Float64Array; tier: Float64Array } {
  let scratch = passScratch.get(data);
  if (!scratch) {
    const n = data.ids.length;
    passScratch.set(data, (scratch = { rows: new Uint32Array(n), bases: new Float64Array(n), tier: new Float64Array(n) }));
  }
  return scratch;
}

/** The k-th largest of `values[j]` over the j < n where `inTier(j)` (k ≥ 1, at least k such j), by quickselect in `work`. */
export function kthLargest(values: Float64Array, work: Float64Array, n: number, k: number, inTier: (j: number) => boolean): number {
  let m = 0;
  for (let j = 0; j < n; j++) if (inTier(j)) work[m++] = values[j]!;
  let lo = 0;
  let hi = m - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = work[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (work[i]! > pivot) i++;
      while (work[j]! < pivot) j--;
      if (i <= j) {
        const t = work[i]!;
        work[i] = work[j]!;
        work[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return work[target]!;
}

type Order = (a: RankedHit, b: RankedHit) => number;

function hitOrder(segments: readonly LiveSegment[], sort: SortOrder): Order {
  const upvotes = (h: RankedHit) => segments[h.segment]!.data.upvotes[h.doc]!;
  const date = (h: RankedHit) => segments[h.segment]!.data.dates[h.doc]!;
  // Papers matching every word first, whatever the sort.
  const tier = (a: RankedHit, b: RankedHit) => Number(b.full) - Number(a.full);
  if (sort === 'upvotes') return (a, b) => tier(a, b) || upvotes(b) - upvotes(a) || b.score - a.score;
  if (sort === 'newest') return (a, b) => tier(a, b) || (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : upvotes(b) - upvotes(a));
  return (a, b) => tier(a, b) || b.score - a.score || upvotes(b) - upvotes(a) || (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0);
}

/**
 * Counts every hit offered and keeps the best `keep` of them (a bounded heap whose root is
 * the worst kept), so a one-letter prefix matching most of 100k papers allocates and sorts
 * a few dozen hits, not all of them. With `keep` infinite it keeps every hit.
 */
class TopHits {
  count = 0;
  fullCount = 0;
  private readonly heap: RankedHit[] = [];
  private readonly probe: RankedHit = { segment: 0, doc: 0, score: 0, full: false };

  constructor(
    private readonly keep: number,
    private readonly order: Order,
    /** The order starts with the score (relevance): a lower score never enters a full heap. */
    private readonly byScore: boolean,
  ) {}

  /** True when a hit scoring at most `best` cannot be kept. */
  cannotEnter(best: number, full: boolean): boolean {
    if (!this.byScore || this.heap.length < this.keep) return false;
    const worst = this.heap[0]!;
    return worst.full === full ? best < worst.score : worst.full;
  }

  /** Counts a hit that is not kept. */
  skip(full: boolean): void {
    this.count++;
    if (full) this.fullCount++;
  }

  offer(segment: number, doc: number, score: number, full: boolean): void {
    this.skip(full);
    const heap = this.heap;
    if (heap.length < this.keep) {
      heap.push({ segment, doc, score, full });
      if (this.keep !== Infinity) this.siftUp(heap.length - 1);
      return;
    }
    const probe = this.probe;
    probe.segment = segment;
    probe.doc = doc;
    probe.score = score;
    probe.full = full;
    if (this.order(probe, heap[0]!) >= 0) return;
    heap[0] = { segment, doc, score, full };
    this.siftDown(0);
  }

  /** The kept hits, best first. */
  ordered(): RankedHit[] {
    return this.heap.sort(this.order);
  }

  /** True when `a` is worse than `b` (the heap's root is its worst). */
  private worse(a: RankedHit, b: RankedHit): boolean {
    return this.order(a, b) > 0;
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(heap[i]!, heap[parent]!)) return;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && this.worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && this.worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  }
}
