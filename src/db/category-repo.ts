import type { Paper } from '../domain/corpus/paper-schema.ts';
import { getDb } from './database.ts';

/** A category's papers (primary or cross-listed), newest day first, each day in its stored order. */
export async function listPapersByCategory(name: string): Promise<Paper[]> {
  const rows = await getDb().days.where('cats').equals(name).reverse().sortBy('date');
  return rows.flatMap((row) => row.papers.filter((paper) => paper.categories?.includes(name)));
}
