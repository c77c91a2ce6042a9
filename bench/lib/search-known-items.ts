import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import { isSearchable, tokenize } from '../../src/domain/search/normalize.ts';
import { createRandom, type Random } from '../../src/domain/seeded-random.ts';

/**
 * Known-item queries generated from the corpus itself, the same every run (seeded): each
 * names one paper the way a person half remembers it. Never stored: rebuilt from the
 * corpus each run, so no corpus text is committed.
 */
export type KnownItemKind = 'typo_title' | 'phrase' | 'author_word' | 'describe';
export const KNOWN_ITEM_KINDS: readonly KnownItemKind[] = ['typo_title', 'phrase', 'author_word', 'describe'];
/** Words of a `describe` query. */
export const DESCRIBE_WORDS = 7;

export interface KnownItemQuery {
  kind: KnownItemKind;
  query: string;
  targetId: string;
}

const SEED = 'paperfeed search quality v1';

export function generateKnownItems(papers: readonly Paper[], perKind: number): KnownItemQuery[] {
  const random = createRandom(SEED);
  const titleDf = documentFrequencies(papers, (p) => p.title);
  const trigramCounts = countContentTrigrams(papers);
  const pool = random.sample([...papers].sort((a, b) => (a.id < b.id ? -1 : 1)), perKind * 3 + 60);
  const out: KnownItemQuery[] = [];
  const take = (kind: KnownItemKind, make: (p: Paper) => string | undefined, from: Paper[]) => {
    let made = 0;
    for (const paper of from) {
      if (made === perKind) break;
      const query = make(paper);
      if (query) {
        out.push({ kind, query, targetId: paper.id });
        made++;
      }
    }
  };
  const third = Math.floor(pool.length / 3);
  take('typo_title', (p) => typoTitle(p, random), pool.slice(0, third));
  take('phrase', (p) => distinctivePhrase(p, trigramCounts, random), pool.slice(third, 2 * third));
  take('author_word', (p) => authorAndWord(p, titleDf, random), pool.slice(2 * third));
  // Every paper with a summary, not a sample: no randomness, so the kinds above are unchanged.
  for (const paper of papers) {
    const query = describeQuery(paper);
    if (query) out.push({ kind: 'describe', query, targetId: paper.id });
  }
  return out;
}

/**
 * The first DESCRIBE_WORDS content words (lower case, stopwords and numbers dropped) of the
 * paper's `aiSummary`: a sentence written about the paper, not by its authors, so its words
 * are often not the paper's. The summary itself is never indexed.
 */
export function describeQuery(paper: Pick<Paper, 'aiSummary'>): string | undefined {
  if (!paper.aiSummary) return undefined;
  const words = tokenize(paper.aiSummary).filter((t) => isSearchable(t) && /\p{L}/u.test(t));
  return words.length >= DESCRIBE_WORDS ? words.slice(0, DESCRIBE_WORDS).join(' ') : undefined;
}

/** The title with one typo (a letter dropped, doubled, swapped or replaced) in one longer word. */
function typoTitle(paper: Paper, random: Random): string | undefined {
  const title = paper.title.replace(/\s+/g, ' ').trim();
  const words = [...title.matchAll(/[A-Za-z]{5,}/g)];
  if (!words.length) return undefined;
  const word = random.pick(words);
  const at = random.int(1, word[0].length - 2);
  const w = word[0];
  const edits = [
    () => w.slice(0, at) + w.slice(at + 1),
    () => w.slice(0, at) + w[at] + w.slice(at),
    () => w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2),
    () => w.slice(0, at) + 'etaoinshr'[random.int(0, 8)] + w.slice(at + 1),
  ];
  const typo = random.pick(edits)();
  if (typo.toLowerCase() === w.toLowerCase()) return undefined;
  return title.slice(0, word.index) + typo + title.slice(word.index + w.length);
}

/** Three consecutive content words of the abstract that occur together in no other paper. */
function distinctivePhrase(paper: Paper, counts: Map<string, number>, random: Random): string | undefined {
  const unique = contentTrigrams(paper.abstract).filter((t) => counts.get(t) === 1);
  return unique.length ? random.pick(unique) : undefined;
}

/** An author's surname and the title's rarest word (the one people remember). */
function authorAndWord(paper: Paper, titleDf: Map<string, number>, random: Random): string | undefined {
  const authors = paper.authors.slice(0, 5).filter((a) => /[A-Za-z]{2,}$/.test(a));
  if (!authors.length) return undefined;
  const surname = random.pick(authors).split(/\s+/).at(-1)!;
  const words = tokenize(paper.title).filter((t) => isSearchable(t) && t.length >= 4 && /^[a-z]+$/.test(t));
  if (!words.length) return undefined;
  const rarest = [...words].sort((a, b) => titleDf.get(a)! - titleDf.get(b)! || (a < b ? -1 : 1))[0]!;
  return `${surname} ${rarest}`;
}

function contentTrigrams(text: string): string[] {
  const words = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i + 3 <= words.length; i++) {
    const three = words.slice(i, i + 3);
    if (three.every((w) => isSearchable(w) && /^[a-z]{3,}$/.test(w))) out.push(three.join(' '));
  }
  return out;
}

function countContentTrigrams(papers: readonly Paper[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paper of papers) for (const t of new Set(contentTrigrams(paper.abstract))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function documentFrequencies(papers: readonly Paper[], field: (p: Paper) => string): Map<string, number> {
  const df = new Map<string, number>();
  for (const paper of papers) for (const t of new Set(tokenize(field(paper)))) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}
