import { isStorageFailure, StorageError, toStorageError } from '../../../db/storage-error.ts';
import { importFiles } from './import-files.ts';
import type { ImportEvent, ImportRequest } from './import-protocol.ts';
import { liveRefresh } from './live-refresh.ts';
import { arxivRefresh } from './arxiv-refresh.ts';
import { ImportFailure, syncCorpus } from './sync-corpus.ts';
import { withImportLock } from './import-lock.ts';

/**
 * Runs one import request and reports through `emit`; shared by the worker and the
 * main-thread fallback so both behave the same. Never throws: failures become events.
 */
export async function runImport(request: ImportRequest, emit: (event: ImportEvent) => void, signal: AbortSignal, fetchImpl?: typeof fetch): Promise<void> {
  try {
    switch (request.type) {
      case 'sync-corpus':
        return emit({ type: 'done', report: await withImportLock(emit, signal, () => syncCorpus(request.baseUrl, { emit, signal, fetchImpl, skipDemo: request.skipDemo, firstMonths: request.firstMonths })) });
      case 'import-files':
        return emit({ type: 'done', report: await importFiles(request.files, { emit, signal }) });
      case 'live-refresh':
        return emit({ type: 'refreshed', report: await withImportLock(emit, signal, () => liveRefresh(request.baseUrl, request.today, { emit, signal, replaceDemo: request.replaceDemo })) });
      case 'arxiv-refresh':
        return emit({ type: 'arxiv-refreshed', report: await withImportLock(emit, signal, () => arxivRefresh(request.baseUrl, request.categories, { emit, signal, fetchImpl })) });
    }
  } catch (error) {
    emit(toFailedEvent(error));
  }
}

function toFailedEvent(error: unknown): ImportEvent {
  if (error instanceof ImportFailure || error instanceof StorageError) {
    return { type: 'failed', code: error.code, message: error.message };
  }
  // The last line of defence: a storage failure from any write path reads the same.
  if (isStorageFailure(error)) {
    const storage = toStorageError(error);
    return { type: 'failed', code: storage.code, message: storage.message };
  }
  return { type: 'failed', code: 'internal', message: `The import stopped unexpectedly: ${(error as Error)?.message ?? String(error)}` };
}
