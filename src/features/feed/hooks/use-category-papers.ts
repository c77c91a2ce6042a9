import { useLiveQuery } from 'dexie-react-hooks';
import { listPapersByCategory } from '../../../db/category-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';

/** An arXiv category's papers, newest day first, live; `undefined` while loading. */
export function useCategoryPapers(name: string): Paper[] | undefined {
  const result = useLiveQuery(async () => ({ name, papers: await listPapersByCategory(name) }), [name]);
  return result?.name === name ? result.papers : undefined;
}
