import { create } from 'zustand';
import type { ImportEvent, ImportProgress, ImportRequest } from '../import/import-protocol.ts';
import type { ImportReport } from '../import/import-report.ts';
import { startImport, type ImportHandle } from '../import/import-client.ts';
import { setCorpusArriving } from '../../../stores/corpus-arrival-store.ts';

/** `pending`: the import ended, but some shards could not be fetched (offline) and are still to come. */
export type ImportStatus = 'idle' | 'running' | 'done' | 'pending' | 'failed' | 'cancelled';

interface ImportState {
  status: ImportStatus;
  progress?: ImportProgress;
  report?: ImportReport;
  error?: { code: string; message: string };
  /** Shards or files stored during this page load (0 when the stored corpus was current). */
  importedFiles: number;
  /** Another tab holds the import lock: this one waits, and shows the papers as they land. */
  elsewhere: boolean;
}

const initial: ImportState = { status: 'idle', importedFiles: 0, elsewhere: false };

export const useImportStore = create<ImportState>(() => initial);

let handle: ImportHandle | undefined;
let lastRequest: ImportRequest | undefined;

/** Starts an import unless one is running; UI state only, the rows land in IndexedDB. */
export function runImportRequest(request: ImportRequest): void {
  if (useImportStore.getState().status === 'running') return;
  lastRequest = request;
  useImportStore.setState({ status: 'running', progress: undefined, report: undefined, error: undefined, elsewhere: false });
  reflectInDocument();
  performance.mark('paperfeed:import:start');
  handle = startImport(request, onEvent);
}

export function cancelImport(): void {
  handle?.cancel();
}

/**
 * The browser is back online: run the last import again if it left shards pending or could
 * not reach the corpus at all. Only what is still missing is fetched (hashes decide).
 */
export function resumeImportIfUnfinished(): void {
  const { status, error } = useImportStore.getState();
  const unfinished = status === 'pending' || (status === 'failed' && error?.code === 'unreachable');
  if (unfinished && lastRequest) runImportRequest(lastRequest);
}

function onEvent(event: ImportEvent): void {
  switch (event.type) {
    case 'waiting':
      useImportStore.setState({ elsewhere: true });
      break;
    case 'started':
      useImportStore.setState({ elsewhere: false, progress: { done: 0, total: event.total, label: 'Starting' } });
      break;
    case 'progress':
      useImportStore.setState({ elsewhere: false, progress: event.progress });
      break;
    case 'done':
      handle = undefined;
      performance.measure('paperfeed:import', 'paperfeed:import:start');
      useImportStore.setState((s) => ({
        status: event.report.pending.length ? 'pending' : 'done',
        elsewhere: false,
        report: event.report,
        importedFiles: s.importedFiles + event.report.filesImported,
      }));
      break;
    case 'failed':
      handle = undefined;
      useImportStore.setState({ status: event.code === 'cancelled' ? 'cancelled' : 'failed', elsewhere: false, error: { code: event.code, message: event.message } });
      break;
  }
  reflectInDocument();
}

/**
 * The import state on <html> (tests and benchmarks wait for it without peeking into React),
 * and in the shared arrival store (views say "still loading" rather than "not found").
 */
function reflectInDocument(): void {
  // 'pending': months that could not be fetched yet (offline) may still bring the paper asked for.
  setCorpusArriving(['running', 'pending'].includes(useImportStore.getState().status));
  if (typeof document === 'undefined') return;
  const { status, importedFiles, elsewhere } = useImportStore.getState();
  const root = document.documentElement;
  root.dataset.importState = status === 'failed' ? 'error' : status;
  root.dataset.importedShards = String(importedFiles);
  if (elsewhere) root.dataset.importElsewhere = 'true';
  else delete root.dataset.importElsewhere;
}
