import { importBackupWithItems } from '../../../db/library-items-repo.ts';
import { parseBackup } from '../../../domain/library/backup-format.ts';
import { checkBackupFileSize } from '../../../domain/library/backup-limits.ts';
import { readFileText } from '../../../lib/read-file-text.ts';
import type { BackupImportEvent, BackupImportService } from './backup-import-protocol.ts';

/**
 * Reads, checks and merges a backup file into the library, reporting through `emit`.
 * Runs in the backup import worker (or on the page where workers fail), so reading and
 * parsing a file of tens of MB never freezes the page. Never throws.
 */
export async function runBackupImport(file: File, emit: (event: BackupImportEvent) => void): Promise<void> {
  // Refused before reading: a file this big would hold the tab for minutes.
  const tooBig = checkBackupFileSize(file.size);
  if (tooBig) return emit({ type: 'refused', message: `${tooBig} Nothing was imported.` });
  try {
    const parsed = parseBackup(await readFileText(file));
    if (!parsed.ok) return emit({ type: 'refused', message: parsed.message });
    const { added, merged, notesJoined, items } = await importBackupWithItems(parsed.backup, (written, total) => emit({ type: 'progress', written, total }));
    emit({ type: 'done', added, merged, notesJoined, items });
  } catch (error) {
    emit({ type: 'refused', message: `Nothing was imported: ${(error as Error)?.message ?? String(error)}` });
  }
}

export const createBackupImportService = (): BackupImportService => ({ run: runBackupImport });
