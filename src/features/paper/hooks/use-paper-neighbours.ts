import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { groupFeed, neighbours, type DayGroup } from '../../../domain/feed/feed-groups.ts';
import { DEFAULT_SORT } from '../../../domain/feed/feed-sort.ts';
import { periodContaining } from '../../../domain/feed/period.ts';
import { readNeighbourDays } from '../api/neighbour-days.ts';
import { periodOfUrl, type ViewSource } from '../../../lib/view-source.ts';

/**
 * The papers before and after this one in the view it was opened from (that period, in
 * that sort), or in its own day by upvotes when it was not opened from a period view.
 * Reads only once `active` (after the paper has painted), and only the days it needs
 * (see readNeighbourDays).
 */
export function usePaperNeighbours(paper: Paper | null | undefined, source: ViewSource | undefined, active = true): { previous?: Paper; next?: Paper } {
  const view = source ? periodOfUrl(source.from) : undefined;
  const period = view?.period ?? (paper ? periodContaining('day', paper.date) : undefined);
  const sort = view?.sort ?? DEFAULT_SORT;
  const key = paper && period && active ? `${paper.id}\n${period.kind}:${period.key}\n${sort}` : '';
  const read = useLiveQuery(async (): Promise<{ key: string; days: DayGroup[] } | undefined> => {
    if (!key || !paper || !period) return undefined;
    return { key, days: await readNeighbourDays(paper, period, sort) };
  }, [key]);
  return useMemo(() => {
    if (!paper || !key || read?.key !== key) return {};
    return neighbours(groupFeed(read.days, sort).papers, paper.id);
  }, [key, paper, read, sort]);
}
