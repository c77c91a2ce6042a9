import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listMutes } from '../db/follow-repo.ts';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import { applyMutes, compileMutes, type MuteTest } from '../domain/follow/mute-match.ts';
import { useHiddenStore } from '../stores/hidden-store.ts';

/** The reader's mutes as one test, live; `undefined` while nothing is muted. */
export function useMuteTest(): MuteTest {
  const mutes = useLiveQuery(listMutes, []);
  return useMemo(() => compileMutes(mutes ?? []), [mutes]);
}

/**
 * A view's papers without the muted ones (unless the reader asked to see them), and how
 * many were hidden: every list of papers goes through this, so a mute hides everywhere.
 */
export function useMutedPapers<P extends Paper>(papers: readonly P[] | undefined): { papers: readonly P[] | undefined; hidden: number } {
  const test = useMuteTest();
  const showHidden = useHiddenStore((s) => s.showHidden);
  return useMemo(() => (papers ? applyMutes(papers, test, showHidden) : { papers, hidden: 0 }), [papers, test, showHidden]);
}
