import { getDb } from './database.ts';

/**
 * Noticing that the browser deleted this site's data ("Clear site data", or eviction under
 * storage pressure) while a tab is open. The browser then closes every IndexedDB
 * connection of the origin with a `close` event, which an ordinary `db.close()` never
 * fires; Dexie would quietly open a new, empty database on the next read (issue #16).
 *
 * What is cleared cannot be read back, so the open tab leaves a mark for the next load to
 * say so too: in sessionStorage, which "clear site data" leaves alone (so a reload of the
 * tab says it), and in localStorage for other tabs, where it survives only if the browser
 * cleared localStorage before the database (the order is the browser's).
 */
const MARK = 'paperfeed:storage-cleared';

export interface StorageClearedMark {
  /** When this browser noticed it (ms since the epoch). */
  at: number;
}

/** Calls `listener` when the browser closes the database under the page, from now on. */
export function watchStorageCleared(listener: (mark: StorageClearedMark) => void): () => void {
  const db = getDb();
  let stopped = false;
  const onForcedClose = () => {
    if (stopped) return;
    const mark = { at: Date.now() };
    writeMark(mark);
    listener(mark);
  };
  // Sticky: every (re)open of the connection gets the listener.
  const onReady = () => {
    if (!stopped && db.isOpen()) db.backendDB().addEventListener('close', onForcedClose);
  };
  db.on('ready', onReady, true);
  return () => {
    stopped = true;
    db.on('ready').unsubscribe(onReady);
    if (db.isOpen()) db.backendDB().removeEventListener('close', onForcedClose);
  };
}

/** The mark an earlier page load left, if storage was cleared and the notice not dismissed. */
export function readStorageClearedMark(): StorageClearedMark | undefined {
  for (const store of webStorages()) {
    const raw = store.getItem(MARK);
    const at = raw === null ? NaN : Number(raw);
    if (Number.isFinite(at)) return { at };
  }
  return undefined;
}

export function dismissStorageClearedMark(): void {
  for (const store of webStorages()) store.removeItem(MARK);
}

function writeMark(mark: StorageClearedMark): void {
  for (const store of webStorages()) {
    try {
      store.setItem(MARK, String(mark.at));
    } catch {
      // Storage full or refused: the open tab still says so.
    }
  }
}

/** sessionStorage and localStorage, where the browser offers them (private modes may not). */
function webStorages(): Storage[] {
  const stores: Storage[] = [];
  for (const get of [() => sessionStorage, () => localStorage]) {
    try {
      stores.push(get());
    } catch {
      // Access denied: skip it.
    }
  }
  return stores;
}
