import { isFinalEvent, type ImportEvent, type ImportRequest } from './import-protocol.ts';

export interface ImportHandle {
  cancel(): void;
}

/**
 * Starts an import in the import worker; where workers are unavailable (jsdom, or a
 * worker that fails to start) the same code runs on the page instead.
 */
export function startImport(request: ImportRequest, onEvent: (event: ImportEvent) => void): ImportHandle {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('../../../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-import' });
      let finished = false;
      worker.onmessage = (message: MessageEvent<ImportEvent>) => {
        const event = message.data;
        if (isFinalEvent(event)) {
          finished = true;
          worker.terminate();
        }
        onEvent(event);
      };
      worker.onerror = (error) => {
        if (finished) return;
        finished = true;
        worker.terminate();
        onEvent({ type: 'failed', code: 'worker', message: `The import worker failed: ${error.message || 'unknown error'}` });
      };
      worker.postMessage(request);
      return { cancel: () => worker.postMessage({ type: 'cancel' } satisfies ImportRequest) };
    } catch {
      // fall through to the main thread
    }
  }
  const controller = new AbortController();
  void import('./run-import.ts').then(({ runImport }) => runImport(request, onEvent, controller.signal));
  return { cancel: () => controller.abort() };
}
