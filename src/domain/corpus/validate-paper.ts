import type { z } from 'zod';
import { isHttpUrl, paperSchema, type Paper } from './paper-schema.ts';
import type { EntryIssue } from './import-issue.ts';
import { readPlainPaper } from './plain-paper.ts';

export interface EntryContext {
  file: string;
  entry: number;
  /** Prefix for field paths when the paper sits inside a wrapper (e.g. `paper.`). */
  fieldPrefix?: string;
}

export type EntryResult =
  | { ok: true; paper: Paper; fixes: EntryIssue[] }
  | { ok: false; issue: EntryIssue };

const LINK_KEYS = ['arxiv', 'pdf', 'code', 'project', 'huggingface'] as const;

/**
 * Validates one candidate paper. Unsafe links (anything but http(s)) are dropped and
 * reported as `fixed`; any other problem skips the entry with the first failing field.
 * Never throws, whatever `candidate` is.
 */
export function validatePaper(candidate: unknown, ctx: EntryContext): EntryResult {
  const fixes: EntryIssue[] = [];
  const id = readId(candidate);
  const at = (field: string) => `${ctx.fieldPrefix ?? ''}${field}`;
  let input = candidate;
  if (isRecord(candidate)) {
    const copy: Record<string, unknown> = { ...candidate };
    if (isRecord(copy.links)) {
      const links: Record<string, unknown> = { ...copy.links };
      for (const key of LINK_KEYS) {
        const value = links[key];
        if (value === undefined) continue;
        if (typeof value !== 'string' || !isHttpUrl(value)) {
          delete links[key];
          fixes.push(fix(ctx, id, at(`links.${key}`), 'is not an http(s) URL and was dropped'));
        }
      }
      copy.links = links;
    }
    if (copy.thumbnail !== undefined && !(typeof copy.thumbnail === 'string' && isHttpUrl(copy.thumbnail))) {
      delete copy.thumbnail;
      fixes.push(fix(ctx, id, at('thumbnail'), 'is not an http(s) URL and was dropped'));
    }
    input = copy;
  }
  // A valid paper (nearly every one) is read by the hand-written fast path; anything else
  // goes to the schema, which alone words the errors.
  const plain = readPlainPaper(input);
  if (plain) return { ok: true, paper: plain, fixes };
  const parsed = paperSchema.safeParse(input, { reportInput: true }); // so describeZodIssue can tell missing from wrong
  if (parsed.success) return { ok: true, paper: parsed.data, fixes };
  const first = parsed.error.issues[0];
  return {
    ok: false,
    issue: {
      file: ctx.file,
      entry: ctx.entry,
      ...(id ? { id } : {}),
      field: at(first && first.path.length ? first.path.join('.') : '(entry)'),
      reason: first ? describeZodIssue(first) : 'is not a valid paper',
      severity: 'skipped',
    },
  };
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return `must be ${issue.expected}${issue.input === undefined ? ' (missing)' : ''}`;
  }
  return issue.message.startsWith('Too big') || issue.message.startsWith('Too small') || issue.message.startsWith('Invalid')
    ? issue.message.toLowerCase()
    : issue.message;
}

function fix(ctx: EntryContext, id: string | undefined, field: string, reason: string): EntryIssue {
  return { file: ctx.file, entry: ctx.entry, ...(id ? { id } : {}), field, reason, severity: 'fixed' };
}

function readId(candidate: unknown): string | undefined {
  if (!isRecord(candidate)) return undefined;
  const id = candidate.id;
  return typeof id === 'string' && id.length <= 64 ? id : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
