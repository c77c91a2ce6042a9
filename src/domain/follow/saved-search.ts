import { isCalendarDate } from '../dates/calendar-date.ts';
import { isEmptyQuery, parseQuery, type ParsedQuery } from '../search/query-parser.ts';
import { SORT_ORDERS, type SearchFilters, type SortOrder } from '../search/search-types.ts';

/**
 * A followed search, as the search page's URL holds it (`q`, `from`, `to`, `org`, `min`,
 * `sort`). The search page reads its URL leniently (a bad filter is dropped); a follow is
 * kept for months and imported from files, so here every part must be valid or the
 * follow is refused with the reason.
 */
export interface SavedSearch {
  q: string;
  filters: SearchFilters;
  sort: SortOrder;
  parsed: ParsedQuery;
}

export type SavedSearchParse = { ok: true; search: SavedSearch; canonical: string } | { ok: false; message: string };

const KNOWN = new Set(['q', 'from', 'to', 'org', 'min', 'sort', 'bookmarked']);
export const MAX_QUERY_LENGTH = 500;

export function parseSavedSearch(queryString: string): SavedSearchParse {
  const params = new URLSearchParams(queryString.startsWith('?') ? queryString.slice(1) : queryString);
  for (const key of params.keys()) if (!KNOWN.has(key)) return { ok: false, message: `it has an unknown part "${key}"` };
  const q = params.get('q')?.trim() ?? '';
  if (q.length > MAX_QUERY_LENGTH) return { ok: false, message: `the query is longer than ${MAX_QUERY_LENGTH} characters` };
  if (params.get('bookmarked')) return { ok: false, message: 'a followed search cannot be limited to bookmarks' };
  const filters: SearchFilters = {};
  for (const side of ['from', 'to'] as const) {
    const value = params.get(side);
    if (value === null) continue;
    if (!isCalendarDate(value)) return { ok: false, message: `"${side}" is not a date written YYYY-MM-DD (it is "${value.slice(0, 40)}")` };
    filters[side] = value;
  }
  const org = params.get('org');
  if (org !== null) {
    if (!org.trim()) return { ok: false, message: 'the organization filter is empty' };
    filters.org = org;
  }
  const min = params.get('min');
  if (min !== null) {
    const value = Number(min);
    if (!/^\d{1,9}$/.test(min) || value < 1) return { ok: false, message: `the minimum upvotes "${min.slice(0, 20)}" is not a whole number above 0` };
    filters.minUpvotes = value;
  }
  const sort = (params.get('sort') ?? 'relevance') as SortOrder;
  if (!SORT_ORDERS.includes(sort)) return { ok: false, message: `the sort order "${sort.slice(0, 20)}" is not one of ${SORT_ORDERS.join(', ')}` };
  const parsed = parseQuery(q + ' ');
  const hasFilter = filters.org !== undefined;
  if (isEmptyQuery(parsed) && !hasFilter) {
    return { ok: false, message: q ? `the query "${q.slice(0, 80)}" has no word to search for` : 'it has no query' };
  }
  const search: SavedSearch = { q, filters, sort, parsed };
  return { ok: true, search, canonical: canonicalSearch(search) };
}

/** The query string in a fixed order, so the same search is always the same follow. */
export function canonicalSearch({ q, filters, sort }: Pick<SavedSearch, 'q' | 'filters' | 'sort'>): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.org) params.set('org', filters.org);
  if (filters.minUpvotes) params.set('min', String(filters.minUpvotes));
  if (sort !== 'relevance') params.set('sort', sort);
  return params.toString();
}

/** Words for people: `"diffusion" from 2025-10-01, org huggingface, 10+ upvotes`. */
export function describeSearch({ q, filters }: Pick<SavedSearch, 'q' | 'filters'>): string {
  const parts = [q ? `“${q}”` : 'Everything'];
  if (filters.org) parts.push(`org ${filters.org}`);
  if (filters.from) parts.push(`from ${filters.from}`);
  if (filters.to) parts.push(`to ${filters.to}`);
  if (filters.minUpvotes) parts.push(`${filters.minUpvotes}+ upvotes`);
  return parts.join(', ');
}
