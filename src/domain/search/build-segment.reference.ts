import { isSearchable, normalizeToken } from './normalize.ts';
import { addPair, filterBytes } from './pair-filter.ts';
import { FIELD, TF_SHIFT, type Segment } from './segment.ts';
import { emptyColumns, Flat, putPaperColumns, sealSegment, type IndexablePaper } from './build-segment.ts';

/**
 * The segment build as it was before the char-code tokenizer and the per-word memo
 * (regex per token, a Map per paper for its terms' bits), kept verbatim for one purpose:
 * build-segment.test.ts holds the fast build to giving the very same segment on real
 * papers, so recall cannot move. Not used by the app.
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** A case or letter/digit change inside a word: "MapTask", "SigLIP", "Qwen2". */
const INNER_BOUNDARY = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|\p{L}\p{N}|\p{N}\p{L}/u;
/**
 * The parts of a mixed-case word: "MapTask" → Map, Task; "BERTScore" → BERT, Score;
 * "LLMs" → LLMs (a plural acronym stays whole); "GPT4o" → GPT, 4, o.
 */
const PART = /\p{Lu}+s(?!\p{L})|\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu;
const HYPHENS = new Set(['-', '‐', '‑', '–']);

/** How a term came out of the text. */
type TermKind = 'word' | 'part' | 'joined';

/**
 * Every index term of `text`, in order: each searchable word (normalised, stopwords
 * dropped) as `word`; after a mixed-case word its searchable parts as `part` ("MapTask" →
 * maptask, map, task); after a hyphenated chain the chain joined as `joined`
 * ("vision-language" → vision, language, visionlanguage). `onTerm` is called once per term.
 */
export function forEachTerm(text: string, onTerm: (term: string, kind: TermKind) => void): void {
  let chain = '';
  let chainLength = 0;
  let chainEnd = -1;
  const endChain = () => {
    if (chainLength > 1 && isSearchable(chain)) onTerm(chain, 'joined');
    chain = '';
    chainLength = 0;
  };
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const token = normalizeToken(raw);
    const linked = chainLength > 0 && match.index === chainEnd + 1 && HYPHENS.has(text[chainEnd]!);
    if (!linked) endChain();
    chain += token;
    chainLength++;
    chainEnd = match.index + raw.length;
    if (isSearchable(token)) onTerm(token, 'word');
    if (INNER_BOUNDARY.test(raw)) {
      for (const part of raw.matchAll(PART)) {
        const normal = normalizeToken(part[0]);
        if (normal !== token && isSearchable(normal)) onTerm(normal, 'part');
      }
    }
  }
  endChain();
}

const MAX_TF = 7;

/**
 * A field's words in order, for the pair filter. Mixed-case words also give their
 * parts: those go into a second stream where they replace the whole word, so "MapTask
 * corpus" holds both "maptask corpus" and "map task", "task corpus".
 */
class PairStream {
  readonly main: string[] = [];
  alt: string[] | undefined;
  private lastKind: TermKind = 'word';

  push(term: string, kind: TermKind): void {
    if (kind === 'joined') return;
    if (kind === 'word') {
      this.main.push(term);
      this.alt?.push(term);
    } else {
      if (this.lastKind === 'word') {
        if (this.alt) this.alt.pop();
        else this.alt = this.main.slice(0, -1);
      }
      this.alt!.push(term);
    }
    this.lastKind = kind;
  }

  streams(): string[][] {
    return this.alt ? [this.main, this.alt] : [this.main];
  }
}

/**
 * Builds a segment over `papers`. One pass collects (term, doc, fields) triples into flat
 * typed arrays; a counting sort then groups them by term. No per-term JS arrays, so 100k
 * papers stay within a few hundred MB while building.
 */
export function referenceBuildSegment(papers: readonly IndexablePaper[]): Segment {
  const builder = createSegmentBuilder();
  for (const paper of papers) builder.add(paper);
  return builder.finish();
}

/** Builds a segment paper by paper, so callers can stream papers in and drop them. */
function createSegmentBuilder(): { add(paper: IndexablePaper): void; finish(): Segment } {
  const termIds = new Map<string, number>();
  const names: string[] = [];
  const flatTerm = new Flat(new Uint32Array(1 << 16));
  const flatDoc = new Flat(new Uint32Array(1 << 16));
  const flatBits = new Flat(new Uint8Array(1 << 16));
  const bits = new Map<number, number>();
  const seg: Segment = emptyColumns(0);
  const upvotes: number[] = [];
  const pairEnds: number[] = [0];

  const pairBits = new Flat(new Uint8Array(1 << 16));
  const add = (text: string, field: number, stream?: PairStream) => {
    forEachTerm(text, (token, kind) => {
      let id = termIds.get(token);
      if (id === undefined) {
        id = names.length;
        termIds.set(token, id);
        names.push(token);
      }
      stream?.push(token, kind);
      const prev = bits.get(id) ?? 0;
      if (field === FIELD.abstract) {
        const tf = Math.min(MAX_TF, (prev >> TF_SHIFT) + 1);
        bits.set(id, (prev & 31) | field | (tf << TF_SHIFT));
      } else bits.set(id, prev | field);
    });
  };

  const addPaper = (paper: IndexablePaper) => {
    const doc = seg.ids.length;
    bits.clear();
    const title = new PairStream();
    const abstract = new PairStream();
    add(paper.title, FIELD.title, title);
    for (const author of paper.authors) add(author, FIELD.author);
    if (paper.organization) add(`${paper.organization.name} ${paper.organization.fullname ?? ''}`, FIELD.org);
    for (const keyword of paper.keywords ?? []) add(keyword, FIELD.keyword);
    add(paper.abstract, FIELD.abstract, abstract);
    pairEnds.push(addPairFilter([...title.streams(), ...abstract.streams()], pairBits));
    for (const [term, value] of bits) {
      flatTerm.push(term);
      flatDoc.push(doc);
      flatBits.push(value);
    }
    putPaperColumns(seg, doc, paper, upvotes);
  };

  const finish = (): Segment => sealSegment({ seg, names, flatTerm, flatDoc, flatBits, upvotes, pairEnds, pairBits });
  return { add: addPaper, finish };
}

/** Appends the paper's pair filter to `out`; returns where it ends. */
function addPairFilter(streams: readonly string[][], out: Flat<Uint8Array>): number {
  let pairs = 0;
  for (const stream of streams) pairs += Math.max(0, stream.length - 1);
  const bytes = filterBytes(pairs);
  const from = out.length;
  for (let i = 0; i < bytes; i++) out.push(0);
  for (const stream of streams) for (let i = 1; i < stream.length; i++) addPair(out.data, from, bytes, stream[i - 1]!, stream[i]!);
  return from + bytes;
}

