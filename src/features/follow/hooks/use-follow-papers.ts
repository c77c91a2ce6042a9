import { useEffect, useState } from 'react';
import { readDays } from '../../../db/follow-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { followClient, useFollowStore } from '../stores/follow-store.ts';

/** Papers shown on a follow's page at most: a broad saved search can match most of the corpus. */
export const FOLLOW_PAGE_LIMIT = 500;

export interface FollowPapers {
  papers: Paper[];
  total: number;
  newestDay?: string;
}

/**
 * A follow's papers, newest day first, muted ones included (the page hides them itself,
 * so it can say how many): the worker names them, their day rows are read here. Asked
 * again whenever the worker's counts change, so an import shows up on an open page.
 */
export function useFollowPapers(id: string): FollowPapers | undefined {
  const version = useFollowStore((s) => s.version);
  const [result, setResult] = useState<{ id: string; value: FollowPapers }>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const { refs, total, newestDay } = await followClient().papers(id, { includeMuted: true, limit: FOLLOW_PAGE_LIMIT });
      const days = await readDays([...new Set(refs.map((r) => r.date))]);
      const byId = new Map<string, Paper>();
      for (const papers of days.values()) for (const p of papers) byId.set(p.id, p);
      const papers = refs.flatMap((r) => byId.get(r.id) ?? []);
      if (live) setResult({ id, value: { papers, total, newestDay } });
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [id, version]);
  return result?.id === id ? result.value : undefined;
}
