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

/**
 * Progress is shown at most this often (ms). The worker reports every stored chunk, and each
 * report rendered the banner and touched the document; on a 4x throttled main thread those
 * commits sat in front of the reader's clicks during a 100k import (bench/RESULTS.md, "Slow
 * device"). The latest figure is kept and shown at the end of the interval.
 */
export const PROGRESS_INTERVAL_MS = 250;
let progressShownAt = -Infinity;
let progressTimer: ReturnType<typeof setTimeout> | undefined;
let pendingProgress: ImportProgress | undefined;

function showProgress(progress: ImportProgress): void {
  pendingProgress = progress;
  if (progressTimer !== undefined) return;
  const wait = progressShownAt + PROGRESS_INTERVAL_MS - performance.now();
  if (wait <= 0) flushProgress();
  else progressTimer = setTimeout(flushProgress, wait);
}

function flushProgress(): void {
  if (progressTimer !== undefined) clearTimeout(progressTimer);
  progressTimer = undefined;
  const progress = pendingProgress;
  pendingProgress = undefined;
  if (!progress || useImportStore.getState().status !== 'running') return;
  progressShownAt = performance.now();
  useImportStore.setState({ elsewhere: false, progress });
  reflectInDocument();
}

/** A final event drops progress still waiting, so it never lands on a finished import. */
function dropPendingProgress(): void {
  if (progressTimer !== undefined) clearTimeout(progressTimer);
  progressTimer = undefined;
  pendingProgress = undefined;
  progressShownAt = -Infinity;
}

function onEvent(event: ImportEvent): void {
  switch (event.type) {
    case 'waiting':
      useImportStore.setState({ elsewhere: true });
      break;
    case 'started':
      dropPendingProgress();
      progressShownAt = performance.now();
      useImportStore.setState({ elsewhere: false, progress: { done: 0, total: event.total, label: 'Starting' } });
      break;
    case 'progress':
      showProgress(event.progress);
      return;
    case 'done':
      dropPendingProgress();
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
      dropPendingProgress();
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
  // Written only when changed: each write on <html> is an attribute mutation of the root.
  const state = status === 'failed' ? 'error' : status;
  if (root.dataset.importState !== state) root.dataset.importState = state;
  if (root.dataset.importedShards !== String(importedFiles)) root.dataset.importedShards = String(importedFiles);
  if (elsewhere && root.dataset.importElsewhere !== 'true') root.dataset.importElsewhere = 'true';
  else if (!elsewhere && root.dataset.importElsewhere !== undefined) delete root.dataset.importElsewhere;
}
