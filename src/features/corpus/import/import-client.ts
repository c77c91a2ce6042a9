import { runOnce } from '../../../lib/worker-rpc/index.ts';
import { startImportWorker } from '../../../workers/launch.ts';
import { isFinalEvent, type ImportEvent, type ImportRequest } from './import-protocol.ts';
import type { ImportService } from './import-service.ts';

export interface ImportHandle {
  cancel(): void;
}

/**
 * Starts an import in a worker of its own, ended after the import's final event; where no
 * worker starts (jsdom, or a browser refusing it) the same code runs on the page instead.
 */
export function startImport(request: ImportRequest, onEvent: (event: ImportEvent) => void): ImportHandle {
  const api = runOnce<ImportService, ImportEvent>(
    startImportWorker,
    () => import('./import-service.ts').then(({ createImportService }) => createImportService),
    {
      name: 'import',
      isFinal: isFinalEvent,
      failed: (error) =>
        error ? { type: 'failed', code: 'worker', message: error.message } : { type: 'failed', code: 'internal', message: 'The import stopped without saying why.' },
    },
    (service, deliver) => service.run(request, deliver),
    onEvent,
  );
  return { cancel: () => void api.cancel().catch(() => undefined) };
}
