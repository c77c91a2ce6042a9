import { useLiveQuery } from 'dexie-react-hooks';
import { getPaper } from '../../../db/papers-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';

/** One paper by id, live: `null` when no stored paper has that id, `undefined` while loading. */
export function usePaper(id: string): Paper | null | undefined {
  const result = useLiveQuery(async () => ({ id, paper: (await getPaper(id)) ?? null }), [id]);
  return result?.id === id ? result.paper : undefined;
}
