/// <reference lib="webworker" />
import type { ImportEvent, ImportRequest } from '../features/corpus/import/import-protocol.ts';
import { runImport } from '../features/corpus/import/run-import.ts';

// The import fetches, parses, validates and writes here, so the page never blocks on it.
declare const self: DedicatedWorkerGlobalScope;

let controller: AbortController | undefined;

self.onmessage = (message: MessageEvent<ImportRequest>) => {
  const request = message.data;
  if (request.type === 'cancel') {
    controller?.abort();
    return;
  }
  controller = new AbortController();
  void runImport(request, (event: ImportEvent) => self.postMessage(event), controller.signal);
};
