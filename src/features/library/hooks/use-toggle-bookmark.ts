import { useCallback } from 'react';
import { toggleBookmark } from '../../../db/library-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { requestPersistentStorage } from '../../../lib/persistent-storage.ts';
import { reportLibraryWrite } from '../stores/library-write-errors.ts';

/**
 * Toggles a bookmark; the first bookmark asks the browser to keep the site's data. A
 * failure shows beside the paper's Bookmark button (see library-write-errors.ts), also
 * when the key b started it.
 */
export function useToggleBookmark(): { toggle: (paper: Paper) => void } {
  const toggle = useCallback((paper: Paper) => {
    void reportLibraryWrite(paper.id, 'bookmark', toggleBookmark(paper)).then((result) => {
      if (result?.first) void requestPersistentStorage();
    });
  }, []);
  return { toggle };
}
