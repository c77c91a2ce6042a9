import { connect } from '../../../lib/worker-rpc/index.ts';
import { startBackupImportWorker } from '../../../workers/launch.ts';
import type { BackupImportEvent, BackupImportService } from './backup-import-protocol.ts';

/**
 * Imports a backup file in a worker of its own, ended after the final event; where no
 * worker starts (jsdom, or a browser refusing it) the same code runs on the page instead.
 */
export function startBackupImport(file: File, onEvent: (event: BackupImportEvent) => void): void {
  let finished = false;
  const finish = (event: BackupImportEvent) => {
    if (finished) return;
    finished = true;
    connection.close();
    onEvent(event);
  };
  const refused = (why: string) => finish({ type: 'refused', message: `Nothing was imported: the import worker failed (${why}).` });
  const connection = connect<BackupImportService>(
    startBackupImportWorker,
    () => import('./run-backup-import.ts').then(({ createBackupImportService }) => createBackupImportService),
    { name: 'backup import', onError: (error) => refused(error.message) },
  );
  // Every event is delivered before `run` answers, so the worker ends after the final one.
  connection.api.run(file, (event) => (event.type === 'progress' ? finished || onEvent(event) : finish(event))).then(
    () => refused('it stopped without an answer'),
    (error: unknown) => refused((error as Error)?.message ?? String(error)),
  );
}
