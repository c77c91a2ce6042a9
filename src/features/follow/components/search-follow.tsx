import { getPaper } from '../../../db/papers-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { canonicalSearch, describeSearch, parseSavedSearch } from '../../../domain/follow/saved-search.ts';
import type { SearchFilters, SortOrder } from '../../../domain/search/search-types.ts';
import { FeedDownload } from '../../../components/feed-download.tsx';
import { FollowButton } from './follow-button.tsx';

/**
 * Follow a search (query, filters and sort as in the URL) and download the results shown
 * as a feed. A search that a follow could not keep (nothing to search for, limited to
 * bookmarks) keeps the button, disabled, with the reason.
 */
export function SearchFollow({ q, filters, sort, hitIds }: { q: string; filters: SearchFilters; sort: SortOrder; hitIds: readonly string[] }) {
  const parsed = parseSavedSearch(canonicalSearch({ q, filters, sort }) + (filters.bookmarkedOnly ? '&bookmarked=1' : ''));
  const target = parsed.ok ? parsed.canonical : canonicalSearch({ q, filters, sort });
  const label = parsed.ok ? describeSearch(parsed.search) : q || 'this search';
  const loadPapers = async () => (await Promise.all(hitIds.map((id) => getPaper(id)))).filter((p): p is Paper => !!p);
  return (
    <div className="follow-actions">
      <FollowButton kind="search" target={target} label={label} disabledReason={parsed.ok ? undefined : `This search cannot be followed: ${parsed.message}.`} />
      {hitIds.length ? <FeedDownload title={`search ${label}`} fileBase="paperfeed-search" loadPapers={loadPapers} /> : null}
    </div>
  );
}
