import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getFollow, listFollows, listMutes } from '../../../db/follow-repo.ts';
import type { Follow, Mute } from '../../../domain/follow/follow-types.ts';
import { followClient, useFollowStore } from '../stores/follow-store.ts';

/** Every follow, oldest first, live; `undefined` while loading. */
export function useFollows(): Follow[] | undefined {
  return useLiveQuery(listFollows, []);
}

export function useFollow(id: string): Follow | null | undefined {
  return useLiveQuery(async () => (await getFollow(id)) ?? null, [id]);
}

export function useMutes(): Mute[] | undefined {
  return useLiveQuery(listMutes, []);
}

/** Starts the follow worker once the reader follows something: following nothing costs nothing. */
export function useFollowCounts() {
  const follows = useFollows();
  const any = !!follows?.length;
  useEffect(() => {
    if (any) followClient();
  }, [any]);
  return useFollowStore();
}
