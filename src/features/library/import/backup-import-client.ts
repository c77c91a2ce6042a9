import { runOnce } from '../../../lib/worker-rpc/index.ts';
import { startBackupImportWorker } from '../../../workers/launch.ts';
import type { BackupImportEvent, BackupImportService } from './backup-import-protocol.ts';

/**
 * Imports a backup file in a worker of its own, ended after the final event; where no
 * worker starts (jsdom, or a browser refusing it) the same code runs on the page instead.
 */
export function startBackupImport(file: File, onEvent: (event: BackupImportEvent) => void): void {
  runOnce<BackupImportService, BackupImportEvent>(
    startBackupImportWorker,
    () => import('./run-backup-import.ts').then(({ createBackupImportService }) => createBackupImportService),
    {
      name: 'backup import',
      isFinal: (event) => event.type !== 'progress',
      failed: (error) => ({ type: 'refused', message: `Nothing was imported: the import worker failed (${error ? error.message : 'it stopped without an answer'}).` }),
    },
    (service, deliver) => service.run(file, deliver),
    onEvent,
  );
}
