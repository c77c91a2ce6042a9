import { useLiveQuery } from 'dexie-react-hooks';
import { getBookmark } from '../../../db/library-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';

/** The paper as saved with its bookmark: `null` when not bookmarked, `undefined` while reading or when `paperId` is. */
export function useBookmarkSnapshot(paperId: string | undefined): Paper | null | undefined {
  const result = useLiveQuery(async () => (paperId ? { paperId, paper: (await getBookmark(paperId))?.snapshot ?? null } : undefined), [paperId]);
  return result && result.paperId === paperId ? result.paper : undefined;
}
