import { StorageError } from '../../../db/storage-error.ts';
import type { ImportEvent, ImportRequest } from './import-protocol.ts';
import { ImportFailure, syncCorpus } from './sync-corpus.ts';

/**
 * Runs one import request and reports through `emit`; shared by the worker and the
 * main-thread fallback so both behave the same. Never throws: failures become events.
 */
export async function runImport(request: ImportRequest, emit: (event: ImportEvent) => void, signal: AbortSignal): Promise<void> {
  if (request.type !== 'sync-corpus') return;
  try {
    const report = await syncCorpus(request.baseUrl, { emit, signal });
    emit({ type: 'done', report });
  } catch (error) {
    emit(toFailedEvent(error));
  }
}

function toFailedEvent(error: unknown): ImportEvent {
  if (error instanceof ImportFailure || error instanceof StorageError) {
    return { type: 'failed', code: error.code, message: error.message };
  }
  return { type: 'failed', code: 'internal', message: `The import stopped unexpectedly: ${(error as Error)?.message ?? String(error)}` };
}
