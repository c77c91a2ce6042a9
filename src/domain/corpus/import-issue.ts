/**
 * What an adapter says about input it could not take whole. Expected failures are values,
 * not exceptions: a file that is wrong as a whole yields a `FileError`; an entry that is
 * wrong alone is skipped with an `EntryIssue` naming the file, the entry and the field.
 */
export interface EntryIssue {
  file: string;
  /** Position of the entry in its file (0-based), or its line number for JSON Lines (1-based). */
  entry: number;
  /** The entry's id where it could be read. */
  id?: string;
  /** Dotted path of the offending field, e.g. `paper.upvotes`. */
  field: string;
  reason: string;
  /** `skipped`: the entry was not imported; `fixed`: imported without the bad value. */
  severity: 'skipped' | 'fixed';
}

export interface FileError {
  file: string;
  reason: string;
}

export function describeIssue(issue: EntryIssue): string {
  const who = issue.id ? `entry ${issue.entry} (${issue.id})` : `entry ${issue.entry}`;
  const what = issue.severity === 'skipped' ? 'skipped' : 'imported without it';
  return `${issue.file}, ${who}: ${issue.field} ${issue.reason} (${what})`;
}
