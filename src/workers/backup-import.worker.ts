/// <reference lib="webworker" />
import { expose } from '../lib/worker-rpc/index.ts';
import { createBackupImportService } from '../features/library/import/run-backup-import.ts';

// A library backup is read, parsed, checked and merged here, so the page never blocks on it.
expose(createBackupImportService);
