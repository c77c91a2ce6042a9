import { useCallback, useState } from 'react';
import { toggleBookmark } from '../db/library-repo.ts';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import { requestPersistentStorage } from '../lib/persistent-storage.ts';

/** Toggles a bookmark; the first bookmark asks the browser to keep the site's data. */
export function useToggleBookmark(): { toggle: (paper: Paper) => void; error: string | undefined } {
  const [error, setError] = useState<string>();
  const toggle = useCallback((paper: Paper) => {
    setError(undefined);
    toggleBookmark(paper).then(
      ({ first }) => {
        if (first) void requestPersistentStorage();
      },
      (failure: Error) => setError(failure.message),
    );
  }, []);
  return { toggle, error };
}
