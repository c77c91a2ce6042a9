import { z } from 'zod';
import { isHttpUrl, LIMITS } from '../corpus/paper-limits.ts';
import { backupTimeSchema } from './timestamps.ts';

/**
 * The backup's optional `libraryItems` key: works imported from reference managers that
 * match no corpus paper. Optional, so backups written before it (and by paperfeeds
 * without it) still import.
 */
const text = (max: number) => z.string().max(max);
const citableSchema = z.object({
  id: text(400),
  kind: z.enum(['preprint', 'article', 'paper-conference', 'book', 'thesis', 'report', 'other']),
  title: text(LIMITS.titleLength),
  authors: z.array(text(LIMITS.authorNameLength)).max(LIMITS.authors),
  issued: z.array(z.number().int()).max(3).optional(),
  arxivId: text(64).optional(),
  primaryClass: text(64).optional(),
  doi: text(300).optional(),
  url: z.string().refine(isHttpUrl, { message: 'must be an http(s) URL' }).optional(),
  pdfUrl: z.string().refine(isHttpUrl, { message: 'must be an http(s) URL' }).optional(),
  container: text(LIMITS.textFieldLength).optional(),
  abstract: text(LIMITS.abstractLength).optional(),
});

export const libraryItemsBackupSchema = z
  .array(z.object({ id: z.string().min(1).max(400), createdAt: backupTimeSchema, work: citableSchema, collectionIds: z.array(z.string().min(1).max(100)).max(1_000) }))
  .max(1_000_000);
