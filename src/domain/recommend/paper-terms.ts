import type { Paper } from '../corpus/paper-schema.ts';
import { isSearchable, tokenize } from '../search/normalize.ts';

/** What the features are made of: the fields a reader judges a paper by. */
export type FeaturePaper = Pick<Paper, 'id' | 'date' | 'title' | 'abstract' | 'authors' | 'keywords'>;

/** Author terms carry a prefix, so an author named "Rust" never counts as the word "rust". */
export const AUTHOR_PREFIX = 'author:';

/**
 * The terms of a paper, with repeats (their count is the term frequency): the searchable
 * tokens of title, abstract and keywords (the search index's own tokenizer, so both agree
 * on what a word is), each field's adjacent token pairs as bigrams, and one term per author.
 * Bigrams are formed after stopwords are dropped, as scikit-learn (and arxiv-sanity) do.
 */
export function paperTerms(paper: FeaturePaper): string[] {
  const out: string[] = [];
  addText(out, paper.title);
  addText(out, paper.abstract);
  for (const keyword of paper.keywords ?? []) addText(out, keyword);
  for (const author of paper.authors) {
    const name = tokenize(author).join(' ');
    if (name) out.push(AUTHOR_PREFIX + name);
  }
  return out;
}

function addText(out: string[], text: string): void {
  let previous: string | undefined;
  for (const token of tokenize(text)) {
    if (!isSearchable(token)) continue;
    out.push(token);
    if (previous) out.push(`${previous} ${token}`);
    previous = token;
  }
}

/** A term as a reader should see it in "why": `author:ada lovelace` → `author Ada Lovelace`. */
export function displayTerm(term: string): string {
  if (!term.startsWith(AUTHOR_PREFIX)) return term;
  const name = term.slice(AUTHOR_PREFIX.length).replace(/(^|\s)\p{L}/gu, (s) => s.toUpperCase());
  return `author ${name}`;
}
