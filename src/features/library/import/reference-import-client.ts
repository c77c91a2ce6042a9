import { connect } from '../../../lib/worker-rpc/index.ts';
import { startReferenceImportWorker } from '../../../workers/launch.ts';
import type { ReferenceImportOutcome, ReferenceImportRequest, ReferenceImportService } from './reference-import-protocol.ts';

/**
 * Imports a reference file in a worker of its own, ended after its answer; where no worker
 * starts (jsdom, or a browser refusing it) the same code runs on the page.
 */
export async function importReferences(request: ReferenceImportRequest): Promise<ReferenceImportOutcome> {
  const connection = connect<ReferenceImportService>(
    startReferenceImportWorker,
    () => import('./run-reference-import.ts').then(({ createReferenceImportService }) => createReferenceImportService),
    { name: 'reference import' },
  );
  try {
    return await connection.api.run(request);
  } catch (error) {
    return { ok: false, message: `${(error as Error)?.message ?? String(error)} Nothing was imported.` };
  } finally {
    connection.close();
  }
}
