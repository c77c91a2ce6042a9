import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date.ts';
import { cleanText, isBlankText } from './clean-text.ts';
import { dateWindowProblem } from './date-window.ts';
import { isPaperId, PAPER_ID_RULE } from './paper-id.ts';
import { arxivFieldsShape } from './arxiv/arxiv-fields.ts';
import { isHttpUrl, LIMITS } from './paper-limits.ts';

/**
 * The canonical paper: the one schema every source is converted to, and the single
 * source of truth for both validation and the `Paper` type. See docs/corpus-format.md.
 */

export { isHttpUrl } from './paper-limits.ts';

const httpUrl = z.string().refine(isHttpUrl, { message: 'must be an http(s) URL' });
// Cleaned (cleanText) before any check, so every stored text field is NFC without invisibles.
const text = (max: number) =>
  z.string().overwrite(cleanText).max(max, { message: `is longer than ${max.toLocaleString('en')} characters` });
const visibleText = (max: number) => text(max).refine((value) => !isBlankText(value), { message: 'is empty' });

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'must be a real calendar date written YYYY-MM-DD' });

export const paperIdSchema = z
  .string()
  .min(1, { message: 'is empty' })
  .max(LIMITS.idLength)
  .refine(isPaperId, { message: PAPER_ID_RULE });

/** A paper's feed day: a real calendar day inside the plausible window (date-window.ts). */
export const paperDateSchema = calendarDateSchema.superRefine((date, ctx) => {
  if (!isCalendarDate(date)) return;
  const problem = dateWindowProblem(date);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const organizationSchema = z.object({
  name: visibleText(LIMITS.textFieldLength),
  fullname: text(LIMITS.textFieldLength).optional(),
});

export const paperLinksSchema = z.object({
  arxiv: httpUrl.optional(),
  pdf: httpUrl.optional(),
  code: httpUrl.optional(),
  project: httpUrl.optional(),
  huggingface: httpUrl.optional(),
});

export const paperSchema = z.object({
  id: paperIdSchema,
  title: visibleText(LIMITS.titleLength),
  abstract: text(LIMITS.abstractLength),
  authors: z.array(visibleText(LIMITS.authorNameLength)).max(LIMITS.authors),
  date: paperDateSchema,
  publishedAt: z.string().max(40).optional(),
  organization: organizationSchema.optional(),
  upvotes: z.number().int().min(0),
  links: paperLinksSchema,
  githubStars: z.number().int().min(0).optional(),
  keywords: z.array(text(LIMITS.textFieldLength)).max(LIMITS.keywords).optional(),
  aiSummary: text(LIMITS.abstractLength).optional(),
  thumbnail: httpUrl.optional(),
  numComments: z.number().int().min(0).optional(),
  ...arxivFieldsShape,
});

export type Paper = z.infer<typeof paperSchema>;
export type Organization = z.infer<typeof organizationSchema>;
