import type { SignalKind } from '../domain/recommend/signals.ts';
import { getDb } from './database.ts';
import type { SignalRecord } from './recommend-schema.ts';
import { isStorageFailure, toStorageError } from './storage-error.ts';

/**
 * Sets a paper's signal, or clears it with `undefined`. Pressing "more like this" after
 * "less like this" replaces it: one signal per paper.
 */
export async function setSignal(paperId: string, kind: SignalKind | undefined, now = Date.now()): Promise<void> {
  const db = getDb();
  try {
    if (kind) await db.signals.put({ paperId, kind, createdAt: now });
    else await db.signals.delete(paperId);
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error) : error;
  }
}

export async function getSignal(paperId: string): Promise<SignalRecord | undefined> {
  return getDb().signals.get(paperId);
}

/** Every signal, oldest first. */
export async function listSignals(): Promise<SignalRecord[]> {
  return getDb().signals.orderBy('createdAt').toArray();
}
