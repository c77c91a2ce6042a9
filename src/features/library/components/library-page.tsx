import '../library.css';
import { useMemo, useState } from 'react';
import { RowBoundary } from '../../../components/error/row-boundary.tsx';
import { formatCount, formatCountOf } from '../../../domain/format/count.ts';
import { filterBookmarks } from '../../../domain/library/filter-bookmarks.ts';
import { useLibrary } from '../hooks/use-library.ts';
import { useLibraryFilter } from '../hooks/use-library-filter.ts';
import { CollectionsPanel } from './collections-panel.tsx';
import { LibraryItem } from './library-item.tsx';
import { LibraryToolbar } from './library-toolbar.tsx';
import { LibraryTransfer } from './library-transfer.tsx';

/**
 * Bookmarks rendered at once. Each carries live toggles and a note editor, so thousands at
 * once would freeze the tab; the rest come a page at a time.
 */
const PAGE = 100;

/** `/library`: bookmarks newest first, with collections, notes, a filter, export and import. */
export function LibraryPage() {
  const library = useLibrary();
  const [filter, setFilter] = useLibraryFilter();
  const [limit, setLimit] = useState(PAGE);
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
            {shown.slice(0, limit).map((bookmark) => (
              <li key={bookmark.paperId}>
                <RowBoundary name={`The bookmark ${String(bookmark.paperId)}`}>
                  <LibraryItem bookmark={bookmark} read={library!.read.has(bookmark.paperId)} />
                </RowBoundary>
              </li>
            ))}
          </ol>
          {shown.length > limit ? (
            <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE)}>
              Show {formatCount(Math.min(PAGE, shown.length - limit))} more of {formatCount(shown.length - limit)}
            </button>
          ) : null}
        </div>
        <aside className="library__side">
          <CollectionsPanel collections={library?.collections ?? []} bookmarks={library?.bookmarks ?? []} onOpen={(id) => setFilter({ collectionId: id })} />
          {library ? <LibraryTransfer count={collection ? library.bookmarks.filter((b) => b.collectionIds.includes(collection.id)).length : total} collection={collection} /> : null}
        </aside>
      </div>
    </section>
  );
}
