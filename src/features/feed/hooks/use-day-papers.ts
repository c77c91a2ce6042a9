import { useLiveQuery } from 'dexie-react-hooks';
import { listPapersByDay, newestDate } from '../../../db/papers-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';

/** The newest day with papers; `null` once known to be none, `undefined` while loading. */
export function useNewestDate(): string | null | undefined {
  return useLiveQuery(async () => (await newestDate()) ?? null, []);
}

/** Papers of one day in upvote order; `undefined` while loading. Live: updates as imports land. */
export function useDayPapers(date: string | undefined): Paper[] | undefined {
  return useLiveQuery(async () => (date ? listPapersByDay(date) : []), [date]);
}
