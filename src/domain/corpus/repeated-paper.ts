import type { EntryIssue } from './import-issue.ts';
import type { Paper } from './paper-schema.ts';

/**
 * A paper as read from one entry of one file: what the repeat rule needs, and no more, so
 * an import of many files keeps a few numbers per paper rather than every paper.
 */
export interface Sighting {
  id: string;
  date: string;
  upvotes: number;
  /** A hash of the paper's content (all fields, key order ignored). */
  content: string;
  file: string;
  entry: number;
}

export function sightingOf(paper: Paper, file: string, entry: number): Sighting {
  return { id: paper.id, date: paper.date, upvotes: paper.upvotes, content: contentHash(paper), file, entry };
}

export interface RepeatChoice {
  keep: 'first' | 'second';
  /** The conflict, for the report: set when both were on the same day with different content. */
  issue?: EntryIssue;
}

/**
 * The one rule for a paper met in two files of one import (`corpus:convert` and the Import
 * page both apply it, files in name order): the earlier day wins, as a paper belongs to the
 * day it was first featured. On the same day, the version with more upvotes wins, since
 * upvotes only grow and it is the later snapshot; with as many upvotes, the first file read
 * wins. Two different versions on one day are a conflict and are reported, naming both.
 */
export function chooseRepeat(first: Sighting, second: Sighting): RepeatChoice {
  if (first.date !== second.date) return { keep: second.date < first.date ? 'second' : 'first' };
  if (first.content === second.content) return { keep: 'first' };
  const keep = second.upvotes > first.upvotes ? 'second' : 'first';
  const [kept, dropped] = keep === 'first' ? [first, second] : [second, first];
  const why = kept.upvotes > dropped.upvotes ? `it has more upvotes, ${kept.upvotes} to ${dropped.upvotes}` : 'as many upvotes, and its file comes first';
  return {
    keep,
    issue: {
      file: dropped.file,
      entry: dropped.entry,
      id: dropped.id,
      field: 'id',
      reason: `is also in ${kept.file}, entry ${kept.entry}, on the same day (${kept.date}) with different content; that version was kept (${why})`,
      severity: 'skipped',
    },
  };
}

function contentHash(paper: Paper): string {
  const json = JSON.stringify(paper, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
  // Two 32-bit FNV-1a lanes with different seeds: collisions between two versions of one paper are out of reach.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}-${json.length}`;
}
