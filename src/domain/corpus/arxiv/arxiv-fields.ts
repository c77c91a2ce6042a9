import { z } from 'zod';
import { CATEGORY_PATTERN } from './category-pattern.ts';

/**
 * The optional paper fields arXiv brings (docs/corpus-format.md). Kept apart from the core
 * schema so the sources can grow without touching it; `paperSchema` spreads this shape.
 * `categories` lists the primary category first, then the cross-lists; `version` is the
 * latest version seen (the id itself never carries a `vN`).
 */
export const CATEGORY_LIMITS = { categories: 30, categoryLength: 40, doiLength: 300, journalRefLength: 2_000 } as const;


export const arxivFieldsShape = {
  categories: z
    .array(z.string().max(CATEGORY_LIMITS.categoryLength).regex(CATEGORY_PATTERN, { message: 'must be an arXiv category like cs.CL' }))
    .max(CATEGORY_LIMITS.categories)
    .optional(),
  version: z.number().int().min(1).max(1_000).optional(),
  doi: z.string().min(1).max(CATEGORY_LIMITS.doiLength).optional(),
  journalRef: z.string().min(1).max(CATEGORY_LIMITS.journalRefLength).optional(),
};
