import { buildPaperLookup, storeReferenceImport } from '../../../db/library-items-repo.ts';
import { matchReferences } from '../../../domain/library/reference-import/match-references.ts';
import { readReferenceFile, REFERENCE_LIMITS } from '../../../domain/library/reference-import/read-reference-file.ts';
import { readFileText } from '../../../lib/read-file-text.ts';
import type { ReferenceImportOutcome, ReferenceImportRequest, ReferenceImportService } from './reference-import-protocol.ts';

/**
 * Reads, matches and stores one reference file. Runs in the reference-import worker (or
 * on the page where workers are missing). A refused file changes nothing; an accepted one
 * is stored in one transaction.
 */
export async function runReferenceImport({ file, target }: ReferenceImportRequest): Promise<ReferenceImportOutcome> {
  try {
    const read = readReferenceFile(file.name, file.size, file.size > REFERENCE_LIMITS.bytes ? '' : await readFileText(file));
    if (!read.ok) return read;
    const match = matchReferences(read.references, await buildPaperLookup(read.references));
    const problems = [...read.problems, ...match.skipped].sort((a, b) => a.line - b.line);
    if (!match.matched.length && !match.unmatched.length) {
      return { ok: false, message: `${file.name}: no entry could be imported (${problems.length} skipped; first: line ${problems[0]?.line ?? '?'}, ${problems[0]?.entry ?? ''}: ${problems[0]?.reason ?? ''}). Nothing was imported.` };
    }
    const stored = await storeReferenceImport(
      match.matched.map((m) => m.paper),
      match.unmatched.map((r) => r.work),
      target,
    );
    if ('error' in stored) return { ok: false, message: `${stored.error} Nothing was imported.` };
    return {
      ok: true,
      report: {
        file: file.name,
        format: read.format,
        matched: match.matched.length,
        newBookmarks: stored.bookmarked,
        unmatched: match.unmatched.length,
        newItems: stored.itemsAdded,
        skipped: problems.length,
        problems,
        ...(stored.collectionId ? { collectionId: stored.collectionId } : {}),
      },
    };
  } catch (error) {
    return { ok: false, message: `${file.name}: nothing was imported: ${(error as Error).message}` };
  }
}

export const createReferenceImportService = (): ReferenceImportService => ({ run: runReferenceImport });
