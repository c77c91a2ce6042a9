/**
 * How big a backup this app imports. A person's library is hundreds or a few thousand
 * bookmarks; the limits sit far above that and far below what hangs a tab (100,000
 * bookmarks took 19 minutes and 10 GB before they existed). A backup over them is refused
 * before any work, with the figures, so the page stays responsive. Read marks are small
 * rows and a whole corpus can be marked read, so their limit is higher.
 */
export const BACKUP_SIZE_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  bookmarks: 10_000,
  collections: 1_000,
  notes: 10_000,
  reads: 100_000,
} as const;

const LISTS = ['bookmarks', 'collections', 'notes', 'reads'] as const;
const NAMES = { bookmarks: 'bookmarks', collections: 'collections', notes: 'notes', reads: 'read marks' };
const count = (n: number) => n.toLocaleString('en');

/** Why a file of `bytes` bytes is refused before it is read, or undefined. */
export function checkBackupFileSize(bytes: number): string | undefined {
  if (bytes <= BACKUP_SIZE_LIMITS.fileBytes) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `This file is ${mb(bytes)}; a library backup can be at most ${mb(BACKUP_SIZE_LIMITS.fileBytes)}, so it was not read.`;
}

/** Why a parsed backup holds more entries than this app imports, or undefined. Cheap: counts only. */
export function checkBackupSize(json: Record<string, unknown>): string | undefined {
  for (const list of LISTS) {
    const value = json[list];
    if (Array.isArray(value) && value.length > BACKUP_SIZE_LIMITS[list]) {
      return `This backup holds ${count(value.length)} ${NAMES[list]}; paperfeed imports at most ${count(BACKUP_SIZE_LIMITS[list])} ${NAMES[list]} from one backup.`;
    }
  }
  return undefined;
}
