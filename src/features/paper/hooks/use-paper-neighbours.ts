import { useMemo } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { groupFeed, neighbours } from '../../../domain/feed/feed-groups.ts';
import { DEFAULT_SORT } from '../../../domain/feed/feed-sort.ts';
import { periodContaining } from '../../../domain/feed/period.ts';
import { usePeriodPapers } from '../../../hooks/use-period-papers.ts';
import { periodOfUrl, type ViewSource } from '../../../lib/view-source.ts';

/**
 * The papers before and after this one in the view it was opened from (that period, in
 * that sort), or in its own day by upvotes when it was not opened from a period view.
 */
export function usePaperNeighbours(paper: Paper | null | undefined, source: ViewSource | undefined): { previous?: Paper; next?: Paper } {
  const view = source ? periodOfUrl(source.from) : undefined;
  const fallback = paper ? periodContaining('day', paper.date) : undefined;
  const period = view?.period ?? fallback;
  const sort = view?.sort ?? DEFAULT_SORT;
  const data = usePeriodPapers(period);
  return useMemo(() => {
    if (!paper || !data?.complete) return {};
    return neighbours(groupFeed(data.days, sort).papers, paper.id);
  }, [data, paper, sort]);
}
