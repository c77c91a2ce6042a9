import { shardFileSchema } from './corpus-files.ts';
import { fileError, type AdaptOutcome } from './adapt-result.ts';
import { validatePaper } from './validate-paper.ts';
import type { Paper } from './paper-schema.ts';
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
