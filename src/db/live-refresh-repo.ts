import { getDb } from './database.ts';
import { withStorageErrors } from './storage-error.ts';

const KEY = 'liveRefreshCheckedThrough';

/**
 * The last day live refresh fetched for good (old enough not to change), so days without
 * a list (weekends) are not asked for again and again.
 */
export async function getRefreshCheckedThrough(): Promise<string | undefined> {
  const value = (await getDb().meta.get(KEY))?.value;
  return typeof value === 'string' ? value : undefined;
}

export async function putRefreshCheckedThrough(date: string): Promise<void> {
  await withStorageErrors(() => getDb().meta.put({ key: KEY, value: date }));
}
