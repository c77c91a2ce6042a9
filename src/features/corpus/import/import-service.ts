import type { ImportEvent, ImportRequest } from './import-protocol.ts';
import { runImport } from './run-import.ts';

/** One import, in the import worker or (where no worker starts) on the page. */
export interface ImportService {
  /** Runs `request`, reporting through `onEvent`; answers after its final event. Never throws. */
  run(request: ImportRequest, onEvent: (event: ImportEvent) => void): Promise<void>;
  /** Stops the running import: it ends with a `failed` event of code `cancelled`. */
  cancel(): Promise<void>;
}

export function createImportService(): ImportService {
  const controller = new AbortController();
  return {
    run: (request, onEvent) => runImport(request, onEvent, controller.signal),
    cancel: async () => controller.abort(),
  };
}
