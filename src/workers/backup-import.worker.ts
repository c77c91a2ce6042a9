/// <reference lib="webworker" />
import type { BackupImportEvent, BackupImportRequest } from '../features/library/import/backup-import-protocol.ts';
import { runBackupImport } from '../features/library/import/run-backup-import.ts';

// A library backup is read, parsed, checked and merged here, so the page never blocks on it.
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (message: MessageEvent<BackupImportRequest>) => {
  void runBackupImport(message.data.file, (event: BackupImportEvent) => self.postMessage(event));
};
