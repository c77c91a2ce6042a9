import type { Paper } from './paper-schema.ts';
import type { EntryIssue, FileError } from './import-issue.ts';

/** What every adapter returns: papers it could read and what it had to skip or fix. */
export interface AdaptedFile {
  papers: Paper[];
  issues: EntryIssue[];
  /** The entry (index, or line for JSON Lines) each of `papers` came from, for reports. */
  entries?: number[];
  /** True for a Hugging Face placeholder file (`1` instead of a list): nothing to read, not an error. */
  placeholder?: boolean;
  /** Why a readable file holds no papers (an arXiv query with zero results, an empty harvest). */
  note?: string;
}

export type AdaptOutcome = { ok: true; value: AdaptedFile } | { ok: false; error: FileError };

export function fileError(file: string, reason: string): AdaptOutcome {
  return { ok: false, error: { file, reason } };
}
