import type { AdaptedFile } from './adapt-result.ts';
import type { EntryIssue } from './import-issue.ts';
import type { Paper } from './paper-schema.ts';
import { validatePaper, type EntryResult } from './validate-paper.ts';

/**
 * Gathers the papers and issues of one file for a source adapter: validates each mapped
 * candidate, names problems by the source's own field (`paper.githubRepo`, not
 * `links.code`), and keeps the first entry of an id that the file repeats.
 */
export function collectEntries(file: string, idField: string) {
  const papers: Paper[] = [];
  const entries: number[] = [];
  const issues: EntryIssue[] = [];
  const firstEntryOf = new Map<string, number>();
  return {
    add(candidate: unknown, entry: number, fieldName: (field: string) => string): void {
      const result = renameFields(validatePaper(candidate, { file, entry }), fieldName);
      if (!result.ok) {
        issues.push(result.issue);
        return;
      }
      const first = firstEntryOf.get(result.paper.id);
      if (first !== undefined) {
        const reason = `repeats the id of entry ${first}; the first was kept`;
        issues.push({ file, entry, id: result.paper.id, field: idField, reason, severity: 'skipped' });
        return;
      }
      firstEntryOf.set(result.paper.id, entry);
      papers.push(result.paper);
      entries.push(entry);
      issues.push(...result.fixes);
    },
    skip(issue: EntryIssue): void {
      issues.push(issue);
    },
    result(): AdaptedFile {
      return { papers, issues, entries };
    },
  };
}

function renameFields(result: EntryResult, fieldName: (field: string) => string): EntryResult {
  const rename = (issue: EntryIssue): EntryIssue => ({ ...issue, field: fieldName(issue.field) });
  return result.ok ? { ...result, fixes: result.fixes.map(rename) } : { ok: false, issue: rename(result.issue) };
}

/**
 * Maps a canonical field path to the source field it came from, by the longest matching
 * prefix in `table` (`organization.name` → `submitterOrganization.name`).
 */
export function sourceFieldNamer(table: Record<string, string>): (field: string) => string {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  return (field) => {
    const key = keys.find((k) => field === k || field.startsWith(`${k}.`));
    return key === undefined ? field : table[key] + field.slice(key.length);
  };
}

/** A short description of a JSON value for messages: `an object with keys error, status`. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  switch (typeof value) {
    case 'string':
      return `a string ("${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object': {
      const keys = Object.keys(value);
      if (keys.length === 0) return 'an empty object';
      return `an object with keys ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`;
    }
    default:
      return typeof value;
  }
}
