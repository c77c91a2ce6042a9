import { getDb } from './database.ts';

/**
 * Noticing that the browser deleted this site's data ("Clear site data", or eviction under
 * storage pressure) while a tab is open. The browser then closes every IndexedDB
 * connection of the origin with a `close` event, which an ordinary `db.close()` never
 * fires; Dexie would quietly open a new, empty database on the next read (issue #16).
 *
 * What is cleared cannot be read back, so the open tab leaves a mark in localStorage
 * (written after the clear, so it survives it) for the next load to say so too.
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
  try {
    const raw = localStorage.getItem(MARK);
    const at = raw === null ? NaN : Number(raw);
    return Number.isFinite(at) ? { at } : undefined;
  } catch {
    return undefined;
  }
}

export function dismissStorageClearedMark(): void {
  try {
    localStorage.removeItem(MARK);
  } catch {
    // Storage unavailable: nothing to dismiss.
  }
}

function writeMark(mark: StorageClearedMark): void {
  try {
    localStorage.setItem(MARK, String(mark.at));
  } catch {
    // Private mode or storage refused: the open tab still says so.
  }
}
