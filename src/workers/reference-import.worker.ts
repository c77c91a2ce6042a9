/// <reference lib="webworker" />
import { expose } from '../lib/worker-rpc/index.ts';
import { createReferenceImportService } from '../features/library/import/run-reference-import.ts';

// Parsing a big .bib (TeX to Unicode) and reading day rows to match titles take seconds:
// here, so the page stays responsive.
expose(createReferenceImportService);
