/// <reference lib="webworker" />
import { expose } from '../lib/worker-rpc/index.ts';
import { createImportService } from '../features/corpus/import/import-service.ts';

// The import fetches, parses, validates and writes here, so the page never blocks on it.
expose(createImportService);
