import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listMutes } from '../db/follow-repo.ts';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import type { Mute } from '../domain/follow/follow-types.ts';
import { applyMutes, compileMutes, type MuteTest } from '../domain/follow/mute-match.ts';
import { useHiddenStore } from './hidden-store.ts';

/** The reader's mutes, live; `undefined` while loading. */
export function useMuteList(): Mute[] | undefined {
  return useLiveQuery(listMutes, []);
}

/** The reader's mutes as one test, live; `undefined` while nothing is muted. */
export function useMuteTest(): MuteTest {
  const mutes = useMuteList();
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

/** `useMutedPapers` for lists of things that carry a paper (recommendations); items without one stay. */
export function useMutedItems<T>(items: readonly T[] | undefined, paperOf: (item: T) => Paper | undefined): { items: readonly T[] | undefined; hidden: number } {
  const test = useMuteTest();
  const showHidden = useHiddenStore((s) => s.showHidden);
  return useMemo(() => {
    if (!items || !test) return { items, hidden: 0 };
    const visible = items.filter((item) => {
      const paper = paperOf(item);
      return !paper || !test(paper);
    });
    return { items: showHidden ? items : visible, hidden: items.length - visible.length };
    // `paperOf` is a field accessor, the same every render.
  }, [items, test, showHidden]);
}
