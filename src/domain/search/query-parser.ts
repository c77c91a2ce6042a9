import { isSearchable, tokenize } from './normalize.ts';

/**
 * The query syntax: free words (typo-tolerant), "exact phrase", -word to exclude,
 * author:name and org:name (quotes allowed: author:"yu-lun liu"), cat:cs.CL (an arXiv category).
 */
export interface ParsedQuery {
  /** Free words, normalised, stopwords dropped; typo-tolerant. */
  terms: string[];
  /** The last free word while it is still being typed: also matched as a prefix. */
  prefix?: string;
  /** Each phrase as normalised tokens, matched exactly and in order. */
  phrases: string[][];
  excluded: string[];
  /** Each author:… filter as tokens that must all appear in one paper's authors. */
  authors: string[][];
  orgs: string[][];
  /** Each cat:… filter, as written (arXiv categories are exact names: `cs.CL`). */
  categories?: string[];
}

const PART = /(-?)(?:(author|org|by|cat):)?(?:"([^"]*)"?|(\S+))/gi;

export function parseQuery(input: string): ParsedQuery {
  const query: ParsedQuery = { terms: [], phrases: [], excluded: [], authors: [], orgs: [], categories: [] };
  let lastFreeEnd = -1;
  for (const match of input.matchAll(PART)) {
    const [whole, minus, field, quoted, bare] = match;
    const text = quoted ?? bare ?? '';
    if (field?.toLowerCase() === 'cat') {
      if (text.trim()) query.categories!.push(text.trim());
      continue;
    }
    const tokens = tokenize(text);
    if (!tokens.length) continue;
    const scope = field?.toLowerCase();
    if (scope === 'author' || scope === 'by') query.authors.push(tokens);
    else if (scope === 'org') query.orgs.push(tokens);
    else if (minus) query.excluded.push(...tokens.filter((t) => t.length > 0));
    else if (quoted !== undefined) {
      if (tokens.length > 1) query.phrases.push(tokens);
      else query.terms.push(...tokens.filter(isSearchable));
    } else {
      const words = tokens.filter(isSearchable);
      query.terms.push(...words);
      if (words.length && words.at(-1) === tokens.at(-1)) lastFreeEnd = match.index + whole.length;
    }
  }
  const typing = lastFreeEnd === input.length && !/\s$/.test(input);
  if (typing && query.terms.length) query.prefix = query.terms.at(-1);
  return query;
}

/** True when the query asks for nothing (no words, phrases or scopes). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return !query.terms.length && !query.phrases.length && !query.authors.length && !query.orgs.length && !query.categories?.length;
}
