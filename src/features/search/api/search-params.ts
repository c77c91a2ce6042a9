import { SORT_ORDERS, type SearchFilters, type SortOrder } from '../../../domain/search/search-types.ts';

/** The search as it lives in the URL: /search?q=…&from=…&to=…&org=…&min=…&bookmarked=1&cat=…&sort=… */
export interface SearchUrlState {
  q: string;
  filters: SearchFilters;
  sort: SortOrder;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readSearchParams(params: URLSearchParams): SearchUrlState {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const min = Number(params.get('min'));
  const sort = params.get('sort') as SortOrder;
  const filters: SearchFilters = {};
  if (DATE.test(from)) filters.from = from;
  if (DATE.test(to)) filters.to = to;
  if (params.get('org')) filters.org = params.get('org')!;
  if (Number.isInteger(min) && min > 0) filters.minUpvotes = min;
  if (params.get('bookmarked') === '1') filters.bookmarkedOnly = true;
  if (params.get('cat')) filters.category = params.get('cat')!;
  return { q: params.get('q') ?? '', filters, sort: SORT_ORDERS.includes(sort) ? sort : 'relevance' };
}

export function writeSearchParams(state: SearchUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  const { from, to, org, minUpvotes, bookmarkedOnly, category } = state.filters;
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (org) params.set('org', org);
  if (minUpvotes) params.set('min', String(minUpvotes));
  if (bookmarkedOnly) params.set('bookmarked', '1');
  if (category) params.set('cat', category);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function searchHref(q: string): string {
  const params = writeSearchParams({ q, filters: {}, sort: 'relevance' }).toString();
  return params ? `/search?${params}` : '/search';
}
