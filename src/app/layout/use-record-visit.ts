import { useEffect } from 'react';
import { getSeenNewestDay, recordSeenNewestDay } from '../../db/read-state-repo.ts';
import { useNewestDate } from '../../hooks/use-dates-with-papers.ts';
import { useVisitStore } from '../../stores/visit-store.ts';

/**
 * "New since the last visit" (docs/library.md): on load, the newest day seen on the last
 * visit becomes this visit's baseline; the newest day shown now is recorded for the next.
 */
export function useRecordVisit(): void {
  const baseline = useVisitStore((s) => s.baseline);
  const setBaseline = useVisitStore((s) => s.setBaseline);
  const newest = useNewestDate();
  useEffect(() => {
    if (baseline !== undefined) return;
    void getSeenNewestDay().then((day) => setBaseline(day ?? null), () => setBaseline(null));
  }, [baseline, setBaseline]);
  useEffect(() => {
    if (baseline !== undefined && newest) void recordSeenNewestDay(newest).catch(() => undefined);
  }, [baseline, newest]);
}
