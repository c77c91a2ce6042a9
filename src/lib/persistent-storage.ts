/**
 * Persistent storage: without it the browser may evict the site's data (the library with
 * it) under storage pressure. Asked for on the first bookmark, and from settings.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

export interface StorageStatus {
  /** Bytes used by this site, when the browser says. */
  usage?: number;
  quota?: number;
  /** undefined when the browser has no Storage API. */
  persisted?: boolean;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  if (typeof navigator === 'undefined' || !navigator.storage) return {};
  const [estimate, persisted] = await Promise.all([
    navigator.storage.estimate?.().catch(() => undefined),
    navigator.storage.persisted?.().catch(() => undefined),
  ]);
  return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}
