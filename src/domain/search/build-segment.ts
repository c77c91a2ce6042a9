import type { Paper } from '../corpus/paper-schema.ts';
import { analyzeWord, forEachWord, hyphenLinks } from './analyze.ts';
import { isSearchable } from './normalize.ts';
import { WordMemo } from './word-memo.ts';
import { addPairAfter, filterBytes, pairPrefixHash } from './pair-filter.ts';
import { AUTHORS_KEPT, FIELD, TF_SHIFT, type Segment } from './segment.ts';

/** What the index needs of a paper. */
export type IndexablePaper = Pick<Paper, 'id' | 'date' | 'upvotes' | 'title' | 'abstract' | 'authors' | 'organization' | 'keywords'>;

const MAX_TF = 7;

/** A raw word as the build met it: its term ids, looked up once per distinct word. */
interface KnownWord {
  /** Its `word` term, or -1 when it is not searchable. */
  readonly id: number;
  readonly token: string;
  /** Its `part` terms (see `analyzeWord`). */
  readonly parts: readonly number[];
}

/**
 * A field's terms in order, for the pair filter. Mixed-case words also give their
 * parts: those go into a second stream where they replace the whole word, so "MapTask
 * corpus" holds both "maptask corpus" and "map task", "task corpus". Reused paper after
 * paper (`reset`), in growable typed arrays: a pair of JS arrays per field and paper was
 * garbage for every one of 100k papers.
 */
class PairStream {
  main = new Int32Array(256);
  mainLength = 0;
  alt = new Int32Array(256);
  /** -1 while the field has no mixed-case word (no second stream). */
  altLength = -1;
  private lastWasWord = true;

  reset(): void {
    this.mainLength = 0;
    this.altLength = -1;
    this.lastWasWord = true;
  }

  word(term: number): void {
    if (this.mainLength === this.main.length) this.main = grown(this.main);
    this.main[this.mainLength++] = term;
    if (this.altLength >= 0) this.pushAlt(term);
    this.lastWasWord = true;
  }

  part(term: number): void {
    if (this.lastWasWord) {
      if (this.altLength >= 0) this.altLength = Math.max(0, this.altLength - 1);
      else {
        if (this.alt.length < this.mainLength) this.alt = new Int32Array(this.main.length);
        this.alt.set(this.main.subarray(0, this.mainLength - 1));
        this.altLength = Math.max(0, this.mainLength - 1);
      }
    }
    this.pushAlt(term);
    this.lastWasWord = false;
  }

  /** Adjacent pairs in both streams. */
  get pairs(): number {
    return Math.max(0, this.mainLength - 1) + Math.max(0, this.altLength - 1);
  }

  private pushAlt(term: number): void {
    if (this.altLength === this.alt.length) this.alt = grown(this.alt);
    this.alt[this.altLength++] = term;
  }
}

function grown(data: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(data.length * 2);
  bigger.set(data);
  return bigger;
}

/** Growable typed array: postings are collected flat, then grouped by term once. */
export class Flat<T extends Uint32Array | Uint8Array | Int32Array> {
  length = 0;
  constructor(public data: T) {}
  push(value: number) {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }
  /** Makes room for index `size - 1`. */
  grow(size: number) {
    if (size <= this.data.length) return;
    const bigger = new (this.data.constructor as new (n: number) => T)(Math.max(size, this.data.length * 2));
    bigger.set(this.data);
    this.data = bigger;
  }
}

/**
 * Builds a segment over `papers`. One pass collects (term, doc, fields) triples into flat
 * typed arrays; a counting sort then groups them by term. No per-term JS arrays, so 100k
 * papers stay within a few hundred MB while building.
 */
export function buildSegment(papers: readonly IndexablePaper[]): Segment {
  const builder = createSegmentBuilder();
  for (const paper of papers) builder.add(paper);
  return builder.finish();
}

/**
 * Builds a segment paper by paper, so callers can stream papers in and drop them.
 *
 * Tokenising is most of a first visit's CPU (about 20M words at 100k papers), so each
 * distinct raw word is analysed once (`analyzeWord`: normalising, camel-case parts) and
 * remembered with its term ids; words are found by scanning char codes (`forEachWord`);
 * a paper's term bits live in a typed array indexed by term id; the pair filter hashes from
 * each term's stored hash prefix. The segment is the one the reference term stream (build-segment.reference.ts) per field would give
 * (build-segment.test.ts checks it against the earlier build on real papers).
 */
export function createSegmentBuilder(): { add(paper: IndexablePaper): void; finish(): Segment } {
  const termIds = new Map<string, number>();
  const names: string[] = [];
  const known = new WordMemo<KnownWord>();
  const flatTerm = new Flat(new Uint32Array(1 << 16));
  const flatDoc = new Flat(new Uint32Array(1 << 16));
  const flatBits = new Flat(new Uint8Array(1 << 16));
  /** Per term id: its bits in the current paper (0: not in it yet), and its pair-hash prefix. */
  const docBits = new Flat(new Uint8Array(1 << 16));
  const prefixes = new Flat(new Int32Array(1 << 16));
  /** The terms of the current paper: `touched[0 .. touchedCount)`. */
  const touched: number[] = [];
  let touchedCount = 0;
  const seg: Segment = emptyColumns(0);
  const upvotes: number[] = [];
  const pairEnds: number[] = [0];
  const pairBits = new Flat(new Uint8Array(1 << 16));

  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = names.length;
      termIds.set(term, id);
      names.push(term);
      docBits.grow(id + 1);
      prefixes.grow(id + 1);
      prefixes.data[id] = pairPrefixHash(term);
    }
    return id;
  };

  const wordOf = (start: number, end: number, hash: number): KnownWord => {
    let word = known.get(text, start, end, hash);
    if (word === undefined) {
      const raw = text.slice(start, end);
      const terms = analyzeWord(raw);
      word = { id: terms.searchable ? idOf(terms.token) : -1, token: terms.token, parts: terms.parts.map(idOf) };
      known.set(raw, hash, word);
    }
    return word;
  };

  // The field being added (set by `add`, read by `visit`: one closure for every word).
  let text = '';
  let field = 0;
  let stream: PairStream | undefined;
  // The hyphenated chain being read: its words are `chain[0 .. chainLength)` (never
  // truncated: setting an array's length runs in the runtime, once per word it was a tenth of the build).
  const chain: KnownWord[] = [];
  let chainLength = 0;
  let chainEnd = -1;

  const mark = (id: number) => {
    const bits = docBits.data;
    const prev = bits[id]!;
    if (prev === 0) touched[touchedCount++] = id;
    if (field === FIELD.abstract) {
      const tf = Math.min(MAX_TF, (prev >> TF_SHIFT) + 1);
      bits[id] = (prev & 31) | field | (tf << TF_SHIFT);
    } else bits[id] = prev | field;
  };
  const endChain = () => {
    if (chainLength > 1) {
      let joined = '';
      for (let i = 0; i < chainLength; i++) joined += chain[i]!.token;
      if (isSearchable(joined)) mark(idOf(joined));
    }
    chainLength = 0;
  };
  const visit = (start: number, end: number, hash: number) => {
    const word = wordOf(start, end, hash);
    if (!(chainLength > 0 && hyphenLinks(text, chainEnd, start))) endChain();
    chain[chainLength++] = word;
    chainEnd = end;
    if (word.id >= 0) {
      mark(word.id);
      stream?.word(word.id);
    }
    for (const part of word.parts) {
      mark(part);
      stream?.part(part);
    }
  };
  const title = new PairStream();
  const abstract = new PairStream();
  const add = (value: string, fieldBit: number, pairs?: PairStream) => {
    text = value;
    field = fieldBit;
    stream = pairs;
    forEachWord(text, visit);
    endChain();
  };

  const addPaper = (paper: IndexablePaper) => {
    const doc = seg.ids.length;
    title.reset();
    abstract.reset();
    add(paper.title, FIELD.title, title);
    for (const author of paper.authors) add(author, FIELD.author);
    if (paper.organization) add(`${paper.organization.name} ${paper.organization.fullname ?? ''}`, FIELD.org);
    for (const keyword of paper.keywords ?? []) add(keyword, FIELD.keyword);
    add(paper.abstract, FIELD.abstract, abstract);
    pairEnds.push(addPairFilter(title, abstract, pairBits, names, prefixes.data));
    const bits = docBits.data;
    for (let i = 0; i < touchedCount; i++) {
      const term = touched[i]!;
      flatTerm.push(term);
      flatDoc.push(doc);
      flatBits.push(bits[term]!);
      bits[term] = 0;
    }
    touchedCount = 0;
    putPaperColumns(seg, doc, paper, upvotes);
  };

  const finish = (): Segment => sealSegment({ seg, names, flatTerm, flatDoc, flatBits, upvotes, pairEnds, pairBits });
  return { add: addPaper, finish };
}

/** A paper's stored columns (id, date, upvotes, display strings) at row `doc`. */
export function putPaperColumns(seg: Segment, doc: number, paper: IndexablePaper, upvotes: number[]): void {
  seg.ids[doc] = paper.id;
  seg.dates[doc] = paper.date;
  upvotes.push(paper.upvotes);
  seg.titles[doc] = paper.title.replace(/\s+/g, ' ').trim();
  const kept = paper.authors.slice(0, AUTHORS_KEPT).join(', ');
  seg.authors[doc] = paper.authors.length > AUTHORS_KEPT ? `${kept}, …` : kept;
  seg.orgs[doc] = paper.organization?.name ?? '';
  seg.orgLabels[doc] = paper.organization ? (paper.organization.fullname ?? paper.organization.name) : '';
  seg.keywords[doc] = (paper.keywords ?? []).join('; ');
}

/** What a builder has collected when it finishes: the postings as flat (term, doc, fields) triples. */
export interface CollectedSegment {
  seg: Segment;
  names: readonly string[];
  flatTerm: Flat<Uint32Array>;
  flatDoc: Flat<Uint32Array>;
  flatBits: Flat<Uint8Array>;
  upvotes: readonly number[];
  pairEnds: readonly number[];
  pairBits: Flat<Uint8Array>;
}

/** Groups the collected triples by term (terms sorted, a counting sort) into the finished segment. */
export function sealSegment({ seg, names, flatTerm, flatDoc, flatBits, upvotes, pairEnds, pairBits }: CollectedSegment): Segment {
  const order = names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
  const rank = new Uint32Array(names.length);
  order.forEach((old, position) => (rank[old] = position));
  const offsets = new Uint32Array(names.length + 1);
  for (let i = 0; i < flatTerm.length; i++) offsets[rank[flatTerm.data[i]!]! + 1]!++;
  for (let i = 0; i < names.length; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, names.length);
  const postings = new Uint32Array(flatTerm.length);
  const fields = new Uint8Array(flatTerm.length);
  for (let i = 0; i < flatTerm.length; i++) {
    const at = cursor[rank[flatTerm.data[i]!]!]!++;
    postings[at] = flatDoc.data[i]!;
    fields[at] = flatBits.data[i]!;
  }
  seg.terms = order.map((old) => names[old]!);
  seg.offsets = offsets;
  seg.postings = postings;
  seg.fields = fields;
  seg.upvotes = Uint32Array.from(upvotes);
  seg.pairOffsets = Uint32Array.from(pairEnds);
  seg.pairBits = pairBits.data.slice(0, pairBits.length);
  return seg;
}

/**
 * Appends the paper's pair filter to `out` (pairs of the title's streams, then of the
 * abstract's: the order does not change the bits); returns where it ends.
 */
function addPairFilter(title: PairStream, abstract: PairStream, out: Flat<Uint8Array>, names: readonly string[], prefixes: Int32Array): number {
  const bytes = filterBytes(title.pairs + abstract.pairs);
  const from = out.length;
  out.grow(from + bytes);
  out.data.fill(0, from, from + bytes);
  out.length = from + bytes;
  const bits = out.data;
  addStreamPairs(bits, from, bytes, title.main, title.mainLength, names, prefixes);
  addStreamPairs(bits, from, bytes, title.alt, title.altLength, names, prefixes);
  addStreamPairs(bits, from, bytes, abstract.main, abstract.mainLength, names, prefixes);
  addStreamPairs(bits, from, bytes, abstract.alt, abstract.altLength, names, prefixes);
  return from + bytes;
}

function addStreamPairs(bits: Uint8Array, from: number, bytes: number, stream: Int32Array, length: number, names: readonly string[], prefixes: Int32Array): void {
  for (let i = 1; i < length; i++) addPairAfter(bits, from, bytes, prefixes[stream[i - 1]!]!, names[stream[i]!]!);
}

/** A segment of `n` rows with its columns allocated and no postings yet (a build or a merge fills them). */
export function emptyColumns(n: number): Segment {
  return {
    ids: new Array<string>(n),
    dates: new Array<string>(n),
    upvotes: new Uint32Array(n),
    titles: new Array<string>(n),
    authors: new Array<string>(n),
    orgs: new Array<string>(n),
    orgLabels: new Array<string>(n),
    keywords: new Array<string>(n),
    terms: [],
    offsets: new Uint32Array(1),
    postings: new Uint32Array(0),
    fields: new Uint8Array(0),
    pairOffsets: new Uint32Array(n + 1),
    pairBits: new Uint8Array(0),
  };
}
