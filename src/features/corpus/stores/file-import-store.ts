import { create } from 'zustand';
import type { ImportEvent, ImportProgress } from '../import/import-protocol.ts';
import type { ImportReport } from '../import/import-report.ts';
import { startImport, type ImportHandle } from '../import/import-client.ts';

export type FileImportStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

interface FileImportState {
  status: FileImportStatus;
  progress?: ImportProgress;
  report?: ImportReport;
  error?: { code: string; message: string };
}

/** Files a person imports on the import page; separate from the start-up corpus sync. */
export const useFileImportStore = create<FileImportState>(() => ({ status: 'idle' }));

let handle: ImportHandle | undefined;

/** Starts importing `files` in the import worker unless an import of files is running. */
export function importPickedFiles(files: File[]): void {
  if (files.length === 0 || useFileImportStore.getState().status === 'running') return;
  useFileImportStore.setState({ status: 'running', progress: { done: 0, total: files.length, label: 'Starting' }, report: undefined, error: undefined });
  handle = startImport({ type: 'import-files', files }, onEvent);
}

export function cancelFileImport(): void {
  handle?.cancel();
}

function onEvent(event: ImportEvent): void {
  switch (event.type) {
    case 'progress':
      useFileImportStore.setState({ progress: event.progress });
      break;
    case 'done':
      handle = undefined;
      useFileImportStore.setState({ status: 'done', report: event.report });
      break;
    case 'failed':
      handle = undefined;
      useFileImportStore.setState({ status: event.code === 'cancelled' ? 'cancelled' : 'failed', error: { code: event.code, message: event.message } });
      break;
    default:
      break;
  }
}

export function resetFileImportStoreForTests(): void {
  handle = undefined;
  useFileImportStore.setState({ status: 'idle', progress: undefined, report: undefined, error: undefined }, true);
}
