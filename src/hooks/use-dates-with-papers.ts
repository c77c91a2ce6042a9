import { useLiveQuery } from 'dexie-react-hooks';
import { listDatesWithPapers, newestDate } from '../db/papers-repo.ts';

/** Every day with papers, oldest first; `undefined` while loading. Keys only: cheap even for years. */
export function useDatesWithPapers(): string[] | undefined {
  return useLiveQuery(listDatesWithPapers, []);
}

/** The newest day with papers; `null` once known to be none, `undefined` while loading. */
export function useNewestDate(): string | null | undefined {
  return useLiveQuery(async () => (await newestDate()) ?? null, []);
}
