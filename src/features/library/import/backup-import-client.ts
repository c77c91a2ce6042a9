import type { BackupImportEvent, BackupImportRequest } from './backup-import-protocol.ts';

const isFinal = (event: BackupImportEvent) => event.type !== 'progress';

/**
 * Imports a backup file in the backup import worker; where workers are unavailable (jsdom,
 * or a worker that fails to start) the same code runs on the page instead.
 */
export function startBackupImport(file: File, onEvent: (event: BackupImportEvent) => void): void {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('../../../workers/backup-import.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-backup-import' });
      worker.onmessage = (message: MessageEvent<BackupImportEvent>) => {
        if (isFinal(message.data)) worker.terminate();
        onEvent(message.data);
      };
      worker.onerror = (error) => {
        worker.terminate();
        onEvent({ type: 'refused', message: `Nothing was imported: the import worker failed (${error.message || 'unknown error'}).` });
      };
      worker.postMessage({ file } satisfies BackupImportRequest);
      return;
    } catch {
      // fall through to the main thread
    }
  }
  void import('./run-backup-import.ts').then(({ runBackupImport }) => runBackupImport(file, onEvent));
}
