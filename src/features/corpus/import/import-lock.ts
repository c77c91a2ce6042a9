import type { ImportEvent } from './import-protocol.ts';
import { ImportFailure } from './sync-corpus.ts';
import { PAPER_IMPORT_LOCK } from '../../../db/papers-changed.ts';

/** One name for every browser tab of this origin (Web Locks are per origin). */
export const IMPORT_LOCK = PAPER_IMPORT_LOCK;

/**
 * Runs `work` holding the origin-wide import lock, so one tab imports the corpus and the
 * others wait instead of fetching and writing the same shards again, which kept their
 * reads queued behind two tabs' write transactions (issue #16: a second tab showed
 * "Loading paper…" for 90 s). A tab that waits says so (`waiting`), then runs `work` once it
 * gets the lock, which finds the shards the other tab stored and imports only what is
 * left: a tab closed or killed mid-import releases the lock, and a waiting tab finishes.
 * Where Web Locks are missing (jsdom, old browsers) `work` runs at once, as before.
 */
export async function withImportLock<T>(emit: (event: ImportEvent) => void, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return work();
  const taken = await locks.request(IMPORT_LOCK, { ifAvailable: true }, async (lock) => (lock ? { value: await work() } : undefined));
  if (taken) return taken.value;
  emit({ type: 'waiting' });
  try {
    return await locks.request(IMPORT_LOCK, { signal }, () => work());
  } catch (error) {
    if (signal?.aborted) throw new ImportFailure('cancelled', 'The import was cancelled; shards already stored are kept.');
    throw error;
  }
}
