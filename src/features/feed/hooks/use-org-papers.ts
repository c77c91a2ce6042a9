import { useLiveQuery } from 'dexie-react-hooks';
import { listPapersByOrg } from '../../../db/papers-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';

/** An organization's papers, newest day first, live; `undefined` while loading. */
export function useOrgPapers(name: string): Paper[] | undefined {
  const result = useLiveQuery(async () => ({ name, papers: await listPapersByOrg(name) }), [name]);
  return result?.name === name ? result.papers : undefined;
}
