import type { ParsedQuery } from '../search/query-parser.ts';
import type { SearchFilters } from '../search/search-types.ts';
import type { FollowPaper } from './follow-paper.ts';
import type { Follow } from './follow-types.ts';
import { parseSavedSearch } from './saved-search.ts';

export type PaperTest = (paper: FollowPaper) => boolean;

export type CompiledFollow = { ok: true; test: PaperTest } | { ok: false; message: string };

/**
 * A follow as a test on papers. Authors and organizations match exactly as their pages do
 * (the name as stored). A saved search matches papers holding every word, phrase and
 * author:/org: scope of its query and none of its -words, within its filters: whole words,
 * without the search page's typo tolerance, so a follow never counts a near miss as new.
 */
export function compileFollow(follow: Pick<Follow, 'kind' | 'target'>): CompiledFollow {
  if (follow.kind === 'author') return { ok: true, test: (p) => p.authors.includes(follow.target) };
  if (follow.kind === 'org') return { ok: true, test: (p) => p.org === follow.target };
  const parsed = parseSavedSearch(follow.target);
  if (!parsed.ok) return parsed;
  return { ok: true, test: searchTest(parsed.search.parsed, parsed.search.filters) };
}

const has = (text: string, tokens: readonly string[]) => text.includes(` ${tokens.join(' ')} `);

const anywhere = (p: FollowPaper, tokens: readonly string[]) => has(p.text, tokens) || has(p.authorsText, tokens) || has(p.orgText, tokens);

function searchTest(query: ParsedQuery, filters: SearchFilters): PaperTest {
  const { terms, phrases, excluded, authors, orgs } = query;
  return (p) => {
    if (filters.from && p.date < filters.from) return false;
    if (filters.to && p.date > filters.to) return false;
    if (filters.org && p.org !== filters.org) return false;
    if (filters.minUpvotes && p.upvotes < filters.minUpvotes) return false;
    for (const term of terms) if (!anywhere(p, [term])) return false;
    for (const phrase of phrases) if (!anywhere(p, phrase)) return false;
    for (const word of excluded) if (anywhere(p, [word])) return false;
    for (const scope of authors) if (!p.authorTexts.some((a) => scope.every((t) => has(a, [t])))) return false;
    for (const scope of orgs) if (!scope.every((t) => has(p.orgText, [t]))) return false;
    return true;
  };
}
