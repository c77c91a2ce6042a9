import Dexie from 'dexie';

/** Typed storage failures. `quota` is the one people can act on, so it gets its own code. */
export class StorageError extends Error {
  constructor(
    readonly code: 'quota' | 'unavailable' | 'aborted',
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error) return String((error as { name: unknown }).name);
  return undefined;
}

/** Dexie wraps the browser's error (sometimes twice, as `inner`); look through the chain. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (errorName(current) === 'QuotaExceededError') return true;
    current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Errors raised by IndexedDB or Dexie, as opposed to errors thrown by our own callbacks. */
export function isStorageFailure(error: unknown): boolean {
  if (error instanceof StorageError) return true;
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) return true;
  return error instanceof Dexie.DexieError;
}

/**
 * The one message for a full disk, whatever was being written (papers, a bookmark, a note):
 * people should recognise it wherever it appears, and every write is one transaction, so
 * "nothing of it was saved" is true everywhere.
 */
export const QUOTA_MESSAGE =
  'Storage is full: the browser refused to save more, and nothing of this change was saved. Free some disk space or remove other sites\' data, then try again.';

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota', QUOTA_MESSAGE, error);
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError('unavailable', `The paper database could not be written: ${message}`, error);
}

/**
 * Runs a write and turns what IndexedDB or Dexie throws into a `StorageError`; errors of our
 * own callbacks pass unchanged. Every repository write goes through it, so a full disk reads
 * the same on every path (issue #16: a metadata write once escaped as a raw QuotaExceededError).
 */
export async function withStorageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error) : error;
  }
}
