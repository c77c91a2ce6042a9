import { formatCount, formatPaperCount } from '../../../domain/format/count.ts';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { SearchFilters } from '../../../domain/search/search-types.ts';
import type { SearchResponse } from '../api/search-protocol.ts';
import { useSearchUrl } from '../hooks/use-search-url.ts';
import { useCorpusArriving } from '../../../stores/corpus-arrival-store.ts';
import { runSearch, useSearchStore } from '../stores/search-store.ts';
import { SearchEmpty } from './search-empty.tsx';
import { SearchFiltersBar } from './search-filters.tsx';
import { SearchHelp } from './search-help.tsx';
import { SearchResults } from './search-results.tsx';
import { FeatureSlots } from '../../../components/feature-slots.ts';
import { HiddenToggle } from '../../../components/hidden-toggle.tsx';
import { muteKey } from '../../../domain/follow/mute-match.ts';
import { useHiddenStore } from '../../../stores/hidden-store.ts';
import { useMuteList } from '../../../hooks/use-muted-papers.ts';

const PAGE_SIZE = 20;
const NO_IDS: string[] = [];

/** /search: results for the text in the header box, with the filters and sort from the URL. */
export function SearchPage() {
  const { text, urlText, filters, sort, setFilters } = useSearchUrl();
  const { SearchFollow, preloadSearchFollow } = useContext(FeatureSlots);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const response = useSearchStore((s) => s.response);
  const status = useSearchStore((s) => s.status);
  const error = useSearchStore((s) => s.error);
  const filterKey = JSON.stringify(filters);
  const asking = text.trim() !== '' || Object.keys(filters).length > 0;
  const arriving = useCorpusArriving();
  const mutes = useMuteList();
  const showMuted = useHiddenStore((s) => s.showHidden);
  const mutesKey = mutes ? muteKey(mutes) : undefined;

  useEffect(() => setLimit(PAGE_SIZE), [text, filterKey, sort]);
  // The Follow button appears with the first search: its code is loaded at idle before.
  useEffect(() => {
    if (!preloadSearchFollow) return;
    if (typeof requestIdleCallback !== 'function') return preloadSearchFollow();
    const idle = requestIdleCallback(preloadSearchFollow, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [preloadSearchFollow]);
  const onMore = useCallback(() => setLimit((shown) => shown + PAGE_SIZE), []);
  // `status.version`: an import changed the index, so the same query may now find more.
  // Asked once the mutes are read, so muted papers never flash into the results. A layout
  // effect, so a key's query goes out in the key's own task, not after the next paint.
  useLayoutEffect(() => {
    if (asking && mutes) runSearch({ text, filters: JSON.parse(filterKey) as SearchFilters, sort, limit, mutes, showMuted });
    // `mutesKey` stands for `mutes`: a live query's new array with the same mutes asks nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [text, filterKey, sort, limit, asking, status.version, mutesKey, showMuted]);

  const hitIds = useMemo(() => response?.hits.map((h) => h.id) ?? NO_IDS, [response]);
  const current =
    response !== undefined &&
    response.query.text === text &&
    JSON.stringify(response.query.filters) === filterKey &&
    response.query.sort === sort &&
    muteKey(response.query.mutes ?? []) === mutesKey &&
    (response.query.showMuted ?? false) === showMuted &&
    // An import changed the index since: the same query is being asked again.
    response.indexVersion === (status.version ?? response.indexVersion);

  return (
    // The index's state on the page: tests wait for the whole corpus to be indexed, since
    // results legitimately change while an import is still landing.
    <div className="search-page" data-index-state={status.state} data-index-papers={status.papers}>
      <div className="search-page__bar">
        <h1 className="feed__heading">Search</h1>
        <SearchHelp />
      </div>
      <SearchFiltersBar filters={filters} sort={sort} onChange={setFilters} />
      {/* The URL's query, not the text still being typed: its Follow button looks itself up
          in the database, once per written search rather than at every key. */}
      {asking && SearchFollow ? <SearchFollow q={urlText} filters={filters} sort={sort} hitIds={current && urlText === text ? hitIds : NO_IDS} /> : null}
      {asking && response && current ? <HiddenToggle hidden={response.muted} /> : null}
      <p role="status" className="search-page__status muted">
        {statusLine({ asking, current, response, indexState: status.state, papers: status.papers, error: error ?? status.message })}
      </p>
      {!asking && <p className="muted">Type a word you remember from a title, an abstract or an author's name.</p>}
      {asking && response && response.total === 0 && current && arriving && (
        <p className="empty" aria-busy="true">
          Nothing matches yet, but papers are still being imported: the results fill in as they arrive.
        </p>
      )}
      {asking && response && response.total === 0 && current && !arriving && (
        <SearchEmpty text={text} filters={filters} onClearFilters={() => setFilters({}, sort)} />
      )}
      {asking && response && response.total > 0 && <SearchResults response={response} current={current} onMore={onMore} />}
    </div>
  );
}

interface StatusInput {
  asking: boolean;
  current: boolean;
  response: Pick<SearchResponse, 'total' | 'fullTotal' | 'unmatched'> | undefined;
  indexState: string;
  papers: number;
  error: string | undefined;
}

function statusLine(s: StatusInput): string {
  if (s.error) return s.error;
  if (s.indexState === 'starting' || s.indexState === 'building') return s.asking ? 'Preparing the search index…' : '';
  if (!s.asking || !s.response) return '';
  const { total, fullTotal, unmatched } = s.response;
  const busy = s.current ? '' : ' (updating…)';
  const missing = unmatched.length && total ? `; nothing matches ${unmatched.map((w) => `“${w}”`).join(', ')}` : '';
  const match = (n: number) => `${formatPaperCount(n)} ${n === 1 ? 'matches' : 'match'}`;
  if (fullTotal === total) return `${formatPaperCount(total)}${missing}${busy}`;
  if (fullTotal === 0) return `${match(total)} some of the words${missing}${busy}`;
  // formatCount, not toLocaleString: that builds a number formatter per call, the top self
  // time of the page's own code in a 4x-throttled typing profile (the line is re-made per key).
  return `${match(fullTotal)} every word, ${formatCount(total - fullTotal)} more match some${missing}${busy}`;
}
