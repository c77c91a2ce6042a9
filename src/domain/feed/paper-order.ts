import type { Paper } from '../corpus/paper-schema.ts';

/** Hugging Face order: most upvotes first; ties broken by id so the order never flickers. */
export function comparePapersByUpvotes(a: Paper, b: Paper): number {
  return b.upvotes - a.upvotes || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
