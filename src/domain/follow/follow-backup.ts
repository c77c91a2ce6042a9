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
