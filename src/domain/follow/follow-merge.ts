import type { Follow, Mute } from './follow-types.ts';

// Apart from follow-backup.ts (the backup's zod schemas): the library repository merges follows
// on a backup import, and the cards load that repository at start-up; zod stays off that path.

export interface FollowData {
  follows: Follow[];
  mutes: Mute[];
}

export interface FollowMerge extends FollowData {
  added: { follows: number; mutes: number };
}

/**
 * Incoming follows and mutes joined with the stored ones: the same id is the same follow
 * (the earlier creation and the later "last opened" day are kept); nothing is removed.
 */
export function mergeFollowData(current: FollowData, incoming: Partial<FollowData>): FollowMerge {
  const follows = new Map(current.follows.map((f) => [f.id, f]));
  const mutes = new Map(current.mutes.map((m) => [m.id, m]));
  const added = { follows: 0, mutes: 0 };
  for (const f of incoming.follows ?? []) {
    const old = follows.get(f.id);
    if (!old) {
      follows.set(f.id, f);
      added.follows++;
      continue;
    }
    const seen = [old.seenNewestDay, f.seenNewestDay].filter((d): d is string => !!d).sort().at(-1);
    const next = { ...old, createdAt: Math.min(old.createdAt, f.createdAt), ...(seen ? { seenNewestDay: seen } : {}) };
    if (next.createdAt !== old.createdAt || next.seenNewestDay !== old.seenNewestDay) follows.set(f.id, next);
  }
  for (const m of incoming.mutes ?? []) {
    if (mutes.has(m.id)) continue;
    mutes.set(m.id, m);
    added.mutes++;
  }
  return { follows: [...follows.values()], mutes: [...mutes.values()], added };
}
