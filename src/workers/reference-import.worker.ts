/// <reference lib="webworker" />
import type { ReferenceImportRequest } from '../features/library/import/reference-import-protocol.ts';
import { runReferenceImport } from '../features/library/import/run-reference-import.ts';

// Parsing a big .bib (TeX to Unicode) and reading day rows to match titles take seconds:
// here, so the page stays responsive.
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (message: MessageEvent<ReferenceImportRequest>) => {
  void runReferenceImport(message.data).then((outcome) => self.postMessage(outcome));
};
