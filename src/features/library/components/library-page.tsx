import '../library.css';
import { useMemo, useState } from 'react';
import { RowBoundary } from '../../../components/error/row-boundary.tsx';
import { formatCount, formatCountOf } from '../../../domain/format/count.ts';
import { citableFromPaper } from '../../../domain/library/citable.ts';
import { filterBookmarks } from '../../../domain/library/filter-bookmarks.ts';
import { filterLibraryItems } from '../../../domain/library/filter-library-items.ts';
import { useLibrary } from '../hooks/use-library.ts';
import { useLibraryFilter } from '../hooks/use-library-filter.ts';
import { useProgressiveCount } from '../hooks/use-progressive-count.ts';
import { useLibrarySelection } from '../stores/library-selection-store.ts';
import { CollectionsPanel } from './collections-panel.tsx';
import { LibraryItem } from './library-item.tsx';
import { LibraryToolbar } from './library-toolbar.tsx';
import { LibraryTransfer } from './library-transfer.tsx';
import { FeedDownload } from '../../../components/feed-download.tsx';
import { LibraryWorkItem } from './library-work-item.tsx';
import { ReferenceImportPanel } from './reference-import-panel.tsx';
import { SelectionCollections } from './selection-collections.tsx';

/**
 * Entries rendered at once. Each bookmark carries live toggles and a note editor, so
 * thousands at once would freeze the tab; the rest come a page at a time.
 */
const PAGE = 100;
const WORKS_PAGE = 100;

/** `/library`: bookmarks and imported works newest first, with collections, notes, a filter, export and import. */
export function LibraryPage() {
  const library = useLibrary();
  const [filter, setFilter] = useLibraryFilter();
  const selected = useLibrarySelection((s) => s.selected);
  // An import can keep thousands of works; the list is not virtualized, so it grows by pages.
  const [worksShown, setWorksShown] = useState(WORKS_PAGE);
  const [limit, setLimit] = useState(PAGE);
  const shown = useMemo(() => (library ? filterBookmarks(library.bookmarks, filter, library.notes, library.read) : []), [library, filter]);
  const works = useMemo(() => (library ? filterLibraryItems(library.items, filter) : []), [library, filter]);
  const selectedWorks = useMemo(
    () =>
      library
        ? [
            ...library.bookmarks.filter((b) => selected.has(`paper:${b.paperId}`)).map((b) => citableFromPaper(b.snapshot)),
            ...library.items.filter((i) => selected.has(`item:${i.id}`)).map((i) => i.work),
          ]
        : [],
    [library, selected],
  );
  const bookmarkRows = useProgressiveCount(Math.min(limit, shown.length));
  const workRows = useProgressiveCount(Math.min(worksShown, works.length));
  const collection = library?.collections.find((c) => c.id === filter.collectionId);
  const total = (library?.bookmarks.length ?? 0) + (library?.items.length ?? 0);
  const filtered = !!(filter.query || filter.collectionId || filter.unreadOnly);
  const inCollection = collection
    ? library!.bookmarks.filter((b) => b.collectionIds.includes(collection.id)).length + library!.items.filter((i) => i.collectionIds.includes(collection.id)).length
    : total;
  return (
    <section className="library" aria-labelledby="library-heading">
      <header className="library__header">
        <h1 id="library-heading">{collection ? collection.name : 'Library'}</h1>
        <p className="muted" role="status">
          {!library
            ? 'Loading your library…'
            : filtered
              ? `${formatCount(shown.length + works.length)} of ${formatCountOf(total, 'entry', 'entries')}`
              : `${formatCountOf(library.bookmarks.length, 'bookmark')}${library.items.length ? `, ${formatCountOf(library.items.length, 'imported work')}` : ''}`}
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
          {library && total > 0 && shown.length + works.length === 0 ? <p className="empty">No entry matches this filter.</p> : null}
          <ol className="library__list">
            {shown.slice(0, bookmarkRows).map((bookmark) => (
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
          {works.length ? (
            <section aria-labelledby="library-works-heading">
              <h2 id="library-works-heading" className="library__works-heading">
                Imported works not in the corpus ({formatCount(works.length)})
              </h2>
              <ol className="library__list">
                {works.slice(0, workRows).map((item) => (
                  <li key={item.id}>
                    <LibraryWorkItem item={item} />
                  </li>
                ))}
              </ol>
              {works.length > worksShown ? (
                <button type="button" className="button library__more" onClick={() => setWorksShown((n) => n + WORKS_PAGE)}>
                  Show {formatCount(Math.min(WORKS_PAGE, works.length - worksShown))} more of {formatCount(works.length - worksShown)}
                </button>
              ) : null}
            </section>
          ) : null}
        </div>
        <aside className="library__side">
          <CollectionsPanel collections={library?.collections ?? []} bookmarks={library ? [...library.bookmarks, ...library.items] : []} onOpen={(id) => setFilter({ collectionId: id })} />
          <SelectionCollections collections={library?.collections ?? []} shown={collection} />
          {library ? <LibraryTransfer count={inCollection} collection={collection} selectedWorks={selectedWorks} /> : null}
          <ReferenceImportPanel collections={library?.collections ?? []} />
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
