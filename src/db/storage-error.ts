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

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) {
    return new StorageError('quota', 'Storage is full: the browser refused to store more papers. Nothing from this batch was saved; free some space or remove site data, then import again.', error);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError('unavailable', `The paper database could not be written: ${message}`, error);
}
