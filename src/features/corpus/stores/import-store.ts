import { create } from 'zustand';
import type { ImportEvent, ImportProgress, ImportRequest } from '../import/import-protocol.ts';
import type { ImportReport } from '../import/import-report.ts';
import { startImport, type ImportHandle } from '../import/import-client.ts';
import { setCorpusArriving } from '../../../lib/corpus-arrival-store.ts';

export type ImportStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

interface ImportState {
  status: ImportStatus;
  progress?: ImportProgress;
  report?: ImportReport;
  error?: { code: string; message: string };
  /** Shards or files stored during this page load (0 when the stored corpus was current). */
  importedFiles: number;
}

const initial: ImportState = { status: 'idle', importedFiles: 0 };

export const useImportStore = create<ImportState>(() => initial);

let handle: ImportHandle | undefined;

/** Starts an import unless one is running; UI state only, the rows land in IndexedDB. */
export function runImportRequest(request: ImportRequest): void {
  if (useImportStore.getState().status === 'running') return;
  useImportStore.setState({ status: 'running', progress: undefined, report: undefined, error: undefined });
  reflectInDocument();
  performance.mark('paperfeed:import:start');
  handle = startImport(request, onEvent);
}

export function cancelImport(): void {
  handle?.cancel();
}

function onEvent(event: ImportEvent): void {
  switch (event.type) {
    case 'started':
      useImportStore.setState({ progress: { done: 0, total: event.total, label: 'Starting' } });
      break;
    case 'progress':
      useImportStore.setState({ progress: event.progress });
      break;
    case 'done':
      handle = undefined;
      performance.measure('paperfeed:import', 'paperfeed:import:start');
      useImportStore.setState((s) => ({
        status: 'done',
        report: event.report,
        importedFiles: s.importedFiles + event.report.filesImported,
      }));
      break;
    case 'failed':
      handle = undefined;
      useImportStore.setState({ status: event.code === 'cancelled' ? 'cancelled' : 'failed', error: { code: event.code, message: event.message } });
      break;
  }
  reflectInDocument();
}

/**
 * The import state on <html> (tests and benchmarks wait for it without peeking into React),
 * and in the shared arrival store (views say "still loading" rather than "not found").
 */
function reflectInDocument(): void {
  setCorpusArriving(useImportStore.getState().status === 'running');
  if (typeof document === 'undefined') return;
  const { status, importedFiles } = useImportStore.getState();
  const root = document.documentElement;
  root.dataset.importState = status === 'failed' ? 'error' : status;
  root.dataset.importedShards = String(importedFiles);
}
