import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { LibraryFilter } from '../../../domain/library/filter-bookmarks.ts';

/** The library's filter lives in the URL (`?q=&collection=&unread=1`): reloadable, shareable. */
export function useLibraryFilter(): [LibraryFilter, (change: Partial<LibraryFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter: LibraryFilter = {
    query: params.get('q') ?? '',
    collectionId: params.get('collection') ?? '',
    unreadOnly: params.get('unread') === '1',
  };
  const update = useCallback(
    (change: Partial<LibraryFilter>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
          if (change.query !== undefined) set('q', change.query);
          if (change.collectionId !== undefined) set('collection', change.collectionId);
          if (change.unreadOnly !== undefined) set('unread', change.unreadOnly ? '1' : '');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filter, update];
}
