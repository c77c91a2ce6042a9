import type { CollectionRecord } from '../../../db/schema.ts';
import type { LibraryFilter } from '../../../domain/library/filter-bookmarks.ts';

export interface LibraryToolbarProps {
  filter: LibraryFilter;
  collections: readonly CollectionRecord[];
  onChange(change: Partial<LibraryFilter>): void;
}

/** Search within the library, pick a collection, show unread only. */
export function LibraryToolbar({ filter, collections, onChange }: LibraryToolbarProps) {
  return (
    <div className="library-toolbar" role="group" aria-label="Filter the library">
      <label className="library-toolbar__search">
        <span>Search the library</span>
        <input type="search" value={filter.query} placeholder="Title, author, note…" onChange={(event) => onChange({ query: event.target.value })} />
      </label>
      <label>
        <span>Collection</span>
        <select value={filter.collectionId} onChange={(event) => onChange({ collectionId: event.target.value })}>
          <option value="">All bookmarks</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="library-toolbar__check">
        <input type="checkbox" checked={!!filter.unreadOnly} onChange={(event) => onChange({ unreadOnly: event.target.checked })} />
        <span>Unread only</span>
      </label>
    </div>
  );
}
