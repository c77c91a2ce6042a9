import '../library.css';
import { useMemo } from 'react';
import { formatCount, formatCountOf } from '../../../domain/format/count.ts';
import { filterBookmarks } from '../../../domain/library/filter-bookmarks.ts';
import { useLibrary } from '../hooks/use-library.ts';
import { useLibraryFilter } from '../hooks/use-library-filter.ts';
import { CollectionsPanel } from './collections-panel.tsx';
import { LibraryItem } from './library-item.tsx';
import { LibraryToolbar } from './library-toolbar.tsx';
import { LibraryTransfer } from './library-transfer.tsx';
import { FeedDownload } from '../../../components/feed-download.tsx';

/** `/library`: bookmarks newest first, with collections, notes, a filter, export and import. */
export function LibraryPage() {
  const library = useLibrary();
  const [filter, setFilter] = useLibraryFilter();
  const shown = useMemo(
    () => (library ? filterBookmarks(library.bookmarks, filter, library.notes, library.read) : []),
    [library, filter],
  );
  const collection = library?.collections.find((c) => c.id === filter.collectionId);
  const total = library?.bookmarks.length ?? 0;
  const filtered = !!(filter.query || filter.collectionId || filter.unreadOnly);
  return (
    <section className="library" aria-labelledby="library-heading">
      <header className="library__header">
        <h1 id="library-heading">{collection ? collection.name : 'Library'}</h1>
        <p className="muted" role="status">
          {!library
            ? 'Loading your library…'
            : filtered
              ? `${formatCount(shown.length)} of ${formatCount(total)} bookmarks`
              : formatCountOf(total, 'bookmark')}
        </p>
      </header>
      <div className="library__layout">
        <div className="library__main">
          <LibraryToolbar filter={filter} collections={library?.collections ?? []} onChange={setFilter} />
          {library && total === 0 ? (
            <p className="empty">
              No bookmarks yet. Use <strong>Bookmark</strong> on any paper (or press <kbd>b</kbd> on the selected one) to keep it here, even offline.
            </p>
          ) : null}
          {library && total > 0 && shown.length === 0 ? <p className="empty">No bookmark matches this filter.</p> : null}
          <ol className="library__list">
            {shown.map((bookmark) => (
              <li key={bookmark.paperId}>
                <LibraryItem bookmark={bookmark} read={library!.read.has(bookmark.paperId)} />
              </li>
            ))}
          </ol>
        </div>
        <aside className="library__side">
          <CollectionsPanel collections={library?.collections ?? []} bookmarks={library?.bookmarks ?? []} onOpen={(id) => setFilter({ collectionId: id })} />
          {library ? <LibraryTransfer count={collection ? library.bookmarks.filter((b) => b.collectionIds.includes(collection.id)).length : total} collection={collection} /> : null}
          {library && shown.length ? (
            <section className="side-panel" aria-labelledby="library-feed-heading">
              <h2 id="library-feed-heading">As a feed</h2>
              <FeedDownload title={collection ? `collection ${collection.name}` : 'library'} fileBase={collection ? 'paperfeed-collection' : 'paperfeed-library'} loadPapers={async () => shown.map((b) => b.snapshot)} />
            </section>
          ) : null}
        </aside>
      </div>
    </section>
  );
}
