import type { ReferenceImportOutcome, ReferenceImportRequest } from './reference-import-protocol.ts';

/**
 * Imports a reference file in a worker; where workers are unavailable (jsdom, or one that
 * fails to start) the same code runs on the page.
 */
export function importReferences(request: ReferenceImportRequest): Promise<ReferenceImportOutcome> {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('../../../workers/reference-import.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-reference-import' });
      return new Promise((resolve) => {
        worker.onmessage = (message: MessageEvent<ReferenceImportOutcome>) => {
          worker.terminate();
          resolve(message.data);
        };
        worker.onerror = (error) => {
          worker.terminate();
          resolve({ ok: false, message: `The import worker failed: ${error.message || 'unknown error'}. Nothing was imported.` });
        };
        worker.postMessage(request);
      });
    } catch {
      // fall through to the page
    }
  }
  return import('./run-reference-import.ts').then(({ runReferenceImport }) => runReferenceImport(request));
}
