import { shardFileSchema } from './corpus-files.ts';
import { fileError, type AdaptOutcome } from './adapt-result.ts';
import { isRecord, validatePaper } from './validate-paper.ts';
import { paperDateSchema, type Paper } from './paper-schema.ts';
import type { EntryIssue } from './import-issue.ts';

/**
 * Reads a canonical shard (`{ format: "paperfeed-shard", papers: [...] }`) or a bare
 * array of canonical papers. `json` is the already parsed file.
 */
export function adaptCanonical(file: string, json: unknown): AdaptOutcome {
  let entries: unknown[];
  if (Array.isArray(json)) {
    entries = json;
  } else {
    const shard = shardFileSchema.safeParse(json);
    if (!shard.success) {
      const first = shard.error.issues[0];
      const where = first?.path.length ? first.path.join('.') : 'the file';
      return fileError(file, `is not a paperfeed shard: ${where} ${first?.message.toLowerCase() ?? 'is invalid'}`);
    }
    entries = shard.data.papers;
  }
  const papers: Paper[] = [];
  const positions: number[] = [];
  const issues: EntryIssue[] = [];
  entries.forEach((entry, index) => {
    const result = validatePaper(entry, { file, entry: index });
    if (result.ok) {
      papers.push(result.paper);
      positions.push(index);
      issues.push(...result.fixes);
    } else {
      issues.push(result.issue);
    }
  });
  return { ok: true, value: { papers, issues, entries: positions } };
}

/**
 * The valid papers of the newest day of a canonical shard, found without validating the
 * rest: a first visit stores them before the whole shard is checked, so the front page
 * paints sooner. Only an early preview of `adaptCanonical`'s outcome, which still checks
 * and reports every entry: anything it cannot read here (not a shard, no valid date) is
 * simply left for that full pass.
 */
export function adaptNewestDay(file: string, json: unknown): Paper[] {
  const entries = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.papers) && json.format === 'paperfeed-shard' ? (json.papers as unknown[]) : [];
  let newest = '';
  for (const entry of entries) {
    const date = isRecord(entry) ? entry.date : undefined;
    if (typeof date === 'string' && date > newest && paperDateSchema.safeParse(date).success) newest = date;
  }
  const papers: Paper[] = [];
  entries.forEach((entry, index) => {
    if (!isRecord(entry) || entry.date !== newest) return;
    const result = validatePaper(entry, { file, entry: index });
    if (result.ok) papers.push(result.paper);
  });
  return papers;
}
