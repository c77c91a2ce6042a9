import type { ImportTarget } from '../../../db/library-items-repo.ts';
import type { ReferenceFormat, ReferenceProblem } from '../../../domain/library/reference-import/imported-reference.ts';

/** What the page sends the reference-import worker: the file itself, read there. */
export interface ReferenceImportRequest {
  file: File;
  target: ImportTarget;
}

export interface ReferenceImportReport {
  file: string;
  format: ReferenceFormat;
  /** Entries that matched a stored paper (bookmarked now or before). */
  matched: number;
  newBookmarks: number;
  /** Entries kept as library items of their own. */
  unmatched: number;
  newItems: number;
  /** Entries not imported: unreadable, untitled and unmatched, or duplicates. */
  skipped: number;
  /** Every skipped entry with its line and reason, in file order. */
  problems: ReferenceProblem[];
  collectionId?: string;
}

/** The reference import, in a worker of its own or (where no worker starts) on the page. */
export interface ReferenceImportService {
  run(request: ReferenceImportRequest): Promise<ReferenceImportOutcome>;
}

export type ReferenceImportOutcome = { ok: true; report: ReferenceImportReport } | { ok: false; message: string };
