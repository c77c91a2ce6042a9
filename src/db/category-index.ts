import type { Transaction } from 'dexie';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import type { DayRecord } from './schema.ts';

/** The distinct arXiv categories of a day's papers: the day row's multi-entry `cats` index. */
export function categoriesOfDay(papers: readonly Paper[]): string[] {
  const cats = new Set<string>();
  for (const paper of papers) for (const category of paper.categories ?? []) cats.add(category);
  return [...cats].sort();
}

/** Version 8 upgrade: fills `cats` on the day rows stored before it (papers and library untouched). */
export async function addDayCategories(tx: Transaction): Promise<void> {
  await tx
    .table<DayRecord>('days')
    .toCollection()
    .modify((row) => {
      row.cats = categoriesOfDay(row.papers);
    });
}
