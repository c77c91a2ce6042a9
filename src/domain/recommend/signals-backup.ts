import { z } from 'zod';
import { paperIdSchema } from '../corpus/paper-schema.ts';
import { backupTimeSchema } from '../library/timestamps.ts';

/**
 * The backup's optional `signals` key (added with issue #10): "more / less like this" per
 * paper. Optional, so backups written before it still import, and older readers of the same
 * format version ignore it.
 */
export const signalsBackupSchema = z
  .array(z.object({ paperId: paperIdSchema, kind: z.enum(['more', 'less']), createdAt: backupTimeSchema }))
  .max(1_000_000);
