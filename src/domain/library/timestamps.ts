import { z } from 'zod';
import { timestampProblem } from './timestamp-checks.ts';

/**
 * The backup schema of every library timestamp (bookmarks, notes, collections, signals,
 * follows, mutes, imported works): one rule, so no key lets 1e308 into a page.
 */
export const backupTimeSchema = z.number().superRefine((value, ctx) => {
  const problem = timestampProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
