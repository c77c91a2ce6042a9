import { connect } from '../../../lib/worker-rpc/index.ts';
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
  let finished = false;
  const finish = (event: ImportEvent) => {
    if (finished) return;
    finished = true;
    connection.close();
    onEvent(event);
  };
  const connection = connect<ImportService>(startImportWorker, () => import('./import-service.ts').then(({ createImportService }) => createImportService), {
    name: 'import',
    onError: (error) => finish({ type: 'failed', code: 'worker', message: error.message }),
  });
  // Every event is delivered before `run` answers, so the worker ends after the final one.
  connection.api.run(request, (event) => (isFinalEvent(event) ? finish(event) : finished || onEvent(event))).then(
    () => finish({ type: 'failed', code: 'internal', message: 'The import stopped without saying why.' }),
    (error: unknown) => finish({ type: 'failed', code: 'worker', message: (error as Error)?.message ?? String(error) }),
  );
  return { cancel: () => void connection.api.cancel().catch(() => undefined) };
}
