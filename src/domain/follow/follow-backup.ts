import { z } from 'zod';
import { backupTimeSchema } from '../library/timestamps.ts';
import { FOLLOW_KINDS, MUTE_KINDS, type Follow, type Mute } from './follow-types.ts';

/**
 * Follows and mutes in the library backup: two optional keys, so backups written before
 * they existed still import, and an older paperfeed reading a newer backup ignores them.
 */
export const FOLLOW_BACKUP_LIMITS = { entries: 10_000, text: 2_000 } as const;

const time = backupTimeSchema;
const text = z.string().min(1).max(FOLLOW_BACKUP_LIMITS.text);

const followSchema = z
  .object({ id: text, kind: z.enum(FOLLOW_KINDS as [Follow['kind'], ...Follow['kind'][]]), target: text, label: text, createdAt: time, seenNewestDay: z.string().max(10).optional() })
  .refine((f) => f.id === `${f.kind}:${f.target}`, { message: 'id must be "<kind>:<target>"' });

const muteSchema = z
  .object({ id: text, kind: z.enum(MUTE_KINDS as [Mute['kind'], ...Mute['kind'][]]), value: text, createdAt: time })
  .refine((m) => m.id === `${m.kind}:${m.value}`, { message: 'id must be "<kind>:<value>"' });

/** Spread into the backup's zod object. */
export const followBackupShape = {
  follows: z.array(followSchema).max(FOLLOW_BACKUP_LIMITS.entries).optional(),
  mutes: z.array(muteSchema).max(FOLLOW_BACKUP_LIMITS.entries).optional(),
};

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
