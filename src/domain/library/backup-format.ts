import { z } from 'zod';
import { paperIdSchema, paperSchema } from '../corpus/paper-schema.ts';
import { cleanText, isBlankText } from '../corpus/clean-text.ts';
import { checkBackupSize } from './backup-limits.ts';
import { sameSnapshotPaper } from './bookmark-checks.ts';
import { backupTimeSchema } from './timestamps.ts';
import type { LibraryData } from './library-types.ts';
import { signalsBackupSchema } from '../recommend/signals-backup.ts';
import { followBackupShape } from '../follow/follow-backup.ts';
import type { LibraryWork } from './filter-library-items.ts';
import { libraryItemsBackupSchema } from './library-items-backup.ts';

/**
 * The paperfeed library backup: one JSON file holding bookmarks (with their paper
 * snapshots), collections, notes and read state. `version` names the layout; a reader
 * refuses versions it does not know instead of guessing. See docs/library.md.
 */
export const BACKUP_FORMAT = 'paperfeed-library';
export const BACKUP_VERSION = 1;

// noteLength is well above what a person types, so notes joined by a merge (merge-library.ts) still export and import.
export const BACKUP_LIMITS = { collectionName: 200, noteLength: 1_000_000, entries: 1_000_000 } as const;

export interface LibraryBackup extends LibraryData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  libraryItems?: LibraryWork[];
}

// A real moment in a sane range (timestamps.ts): 1e308 is finite, but no page can show it.
const time = backupTimeSchema;
const collectionId = z.string().min(1).max(100);

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string().max(40),
  bookmarks: z
    .array(
      z
        .object({ paperId: paperIdSchema, createdAt: time, snapshot: paperSchema, collectionIds: z.array(collectionId).max(1_000) })
        .superRefine(sameSnapshotPaper),
    )
    .max(BACKUP_LIMITS.entries),
  collections: z
    .array(z.object({ id: collectionId, name: z.string().overwrite(cleanText).trim().refine((name) => !isBlankText(name), { message: 'is empty' }).max(BACKUP_LIMITS.collectionName), createdAt: time }))
    .max(BACKUP_LIMITS.entries),
  notes: z.array(z.object({ paperId: paperIdSchema, text: z.string().overwrite(cleanText).max(BACKUP_LIMITS.noteLength), updatedAt: time })).max(BACKUP_LIMITS.entries),
  reads: z.array(z.object({ paperId: paperIdSchema, readAt: time })).max(BACKUP_LIMITS.entries),
  signals: signalsBackupSchema.optional(),
  ...followBackupShape,
  libraryItems: libraryItemsBackupSchema.optional(),
});

export type BackupParse = { ok: true; backup: LibraryBackup } | { ok: false; message: string };

export function createBackup(library: LibraryData & { libraryItems?: LibraryWork[] }, now: Date): LibraryBackup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...library };
}

const REFUSED = 'Nothing was imported.';

/** Where in the file a problem is, in words: `bookmarks[3].snapshot.title` → `bookmark 4 (2510.00001): snapshot.title`. */
function describePath(path: readonly PropertyKey[], json: Record<string, unknown>): string {
  const [list, index, ...rest] = path;
  if (typeof list !== 'string' || typeof index !== 'number') return path.map(String).join('.') || 'the file';
  const singular = { bookmarks: 'bookmark', collections: 'collection', notes: 'note', reads: 'read mark', signals: 'signal', follows: 'follow', mutes: 'mute', libraryItems: 'library item' }[list] ?? list;
  const item = (json[list] as unknown[] | undefined)?.[index] as Record<string, unknown> | undefined;
  const label = typeof item?.paperId === 'string' ? ` (${item.paperId})` : typeof item?.name === 'string' ? ` ("${item.name}")` : '';
  return `${singular} ${index + 1}${label}${rest.length ? `: ${rest.map(String).join('.')}` : ''}`;
}

/**
 * Reads a backup file's text. Every problem is an answer, never an exception: a message
 * that says what is wrong and where, for the person who picked the file.
 */
export function parseBackup(text: string): BackupParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This file is not valid JSON (${(error as Error).message}). ${REFUSED}` };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json) || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, message: `This file is not a paperfeed library backup (it has no "format": "${BACKUP_FORMAT}"). ${REFUSED}` };
  }
  const tooBig = checkBackupSize(json as Record<string, unknown>);
  if (tooBig) return { ok: false, message: `${tooBig} ${REFUSED}` };
  const version = (json as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    const newer = typeof version === 'number' && version > BACKUP_VERSION;
    return {
      ok: false,
      message: newer
        ? `This backup has format version ${version}, written by a newer paperfeed; this one reads version ${BACKUP_VERSION}. Update paperfeed, then import it again. ${REFUSED}`
        : `This backup has an unknown format version (${JSON.stringify(version) ?? 'none'}); paperfeed reads version ${BACKUP_VERSION}. ${REFUSED}`,
    };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `This backup is damaged: ${describePath(issue.path, json as Record<string, unknown>)} ${issue.message}. ${REFUSED}` };
  }
  return { ok: true, backup: parsed.data as LibraryBackup };
}
