import './storage-cleared-notice.css';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { dismissStorageClearedMark, readStorageClearedMark, watchStorageCleared } from '../db/storage-cleared.ts';
import { requestPersistentStorage } from '../lib/persistent-storage.ts';

type Persistence = 'asking' | 'granted' | 'refused';

/**
 * Says that the browser's storage for this site was cleared (in the open tab as it happens,
 * and after a reload), points to importing a backup, and asks the browser to keep the
 * site's data from now on where it does not yet (issue #16).
 */
export function StorageClearedNotice() {
  const [cleared, setCleared] = useState(() => readStorageClearedMark() !== undefined);
  const [persistence, setPersistence] = useState<Persistence>();
  useEffect(() => watchStorageCleared(() => setCleared(true)), []);
  useEffect(() => {
    if (!cleared) return;
    let live = true;
    setPersistence('asking');
    void requestPersistentStorage().then((granted) => live && setPersistence(granted ? 'granted' : 'refused'));
    return () => {
      live = false;
    };
  }, [cleared]);
  if (!cleared) return null;
  return (
    <section className="import-banner import-banner--error storage-cleared" role="alert" aria-label="Storage cleared">
      <p>
        The browser’s storage for this site was cleared: the stored papers and your library (bookmarks, collections, notes, read
        marks) are gone from this browser. If you exported a backup, <Link to="/library">import it on the Library page</Link>. Reload
        to fetch the papers again.
      </p>
      <p>
        {persistence === 'granted'
          ? 'The browser now keeps this site’s data: it will not clear it to make room.'
          : persistence === 'refused'
            ? 'The browser did not agree to keep this site’s data for good, so it may clear it again: export a backup now and then.'
            : 'Asking the browser to keep this site’s data…'}
      </p>
      <div className="storage-cleared__actions">
        <button type="button" className="button" onClick={() => location.reload()}>
          Reload
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            dismissStorageClearedMark();
            setCleared(false);
          }}
        >
          Dismiss
        </button>
      </div>
    </section>
  );
}
