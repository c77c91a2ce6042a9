import { isCalendarDate } from '../dates/calendar-date.ts';
import { CATEGORY_LIMITS } from './arxiv/arxiv-fields.ts';
import { CATEGORY_PATTERN } from './arxiv/category-pattern.ts';
import { cleanText, isBlankText } from './clean-text.ts';
import { dateWindowProblem } from './date-window.ts';
import { isPaperId } from './paper-id.ts';
import { isHttpUrl, LIMITS } from './paper-limits.ts';
import type { Paper } from './paper-schema.ts';

/**
 * A fast path for `paperSchema.safeParse` on the common case, a valid paper: the same checks
 * (same helpers: cleanText, isBlankText, isCalendarDate, dateWindowProblem, isPaperId,
 * isHttpUrl, the same limits), written out by hand, giving the very object zod gives
 * (shape key order, unknown keys dropped, texts cleaned, an optional key present as
 * `undefined` kept). Zod's generic object walk was about two thirds of an import's
 * validation, run on 100k papers of a first visit.
 *
 * It only ever says "valid, and here is the paper", or "ask zod" (`undefined`): any entry
 * it is not sure of, valid or not, goes to the schema, which alone words the errors. So
 * the errors (file, entry, field) cannot change. plain-paper.test.ts holds it to giving
 * zod's output on real papers and on property-generated mutations of them.
 */
export function readPlainPaper(input: unknown): Paper | undefined {
  if (!isPlainObject(input)) return undefined;
  const out: Record<string, unknown> = {};
  if (!(typeof input.id === 'string' && input.id.length >= 1 && input.id.length <= LIMITS.idLength && isPaperId(input.id))) return undefined;
  out.id = input.id;
  const title = visibleText(input.title, LIMITS.titleLength);
  if (title === undefined) return undefined;
  out.title = title;
  const abstract = text(input.abstract, LIMITS.abstractLength);
  if (abstract === undefined) return undefined;
  out.abstract = abstract;
  const authors = textArray(input.authors, LIMITS.authors, (value) => visibleText(value, LIMITS.authorNameLength));
  if (authors === undefined) return undefined;
  out.authors = authors;
  const date = input.date;
  if (!(typeof date === 'string' && isCalendarDate(date) && !dateWindowProblem(date))) return undefined;
  out.date = date;
  if (!optional(input, out, 'publishedAt', (value) => (typeof value === 'string' && value.length <= 40 ? value : undefined))) return undefined;
  if (!optional(input, out, 'organization', organization)) return undefined;
  if (!isCount(input.upvotes, 0)) return undefined;
  out.upvotes = input.upvotes;
  const links = paperLinks(input.links);
  if (links === undefined) return undefined;
  out.links = links;
  if (!optional(input, out, 'githubStars', (value) => (isCount(value, 0) ? value : undefined))) return undefined;
  if (!optional(input, out, 'keywords', (value) => textArray(value, LIMITS.keywords, (keyword) => text(keyword, LIMITS.textFieldLength)))) return undefined;
  if (!optional(input, out, 'aiSummary', (value) => text(value, LIMITS.abstractLength))) return undefined;
  if (!optional(input, out, 'thumbnail', httpUrl)) return undefined;
  if (!optional(input, out, 'numComments', (value) => (isCount(value, 0) ? value : undefined))) return undefined;
  if (!optional(input, out, 'categories', (value) => textArray(value, CATEGORY_LIMITS.categories, category))) return undefined;
  if (!optional(input, out, 'version', (value) => (isCount(value, 1) && value <= 1_000 ? value : undefined))) return undefined;
  if (!optional(input, out, 'doi', (value) => bounded(value, CATEGORY_LIMITS.doiLength))) return undefined;
  if (!optional(input, out, 'journalRef', (value) => bounded(value, CATEGORY_LIMITS.journalRefLength))) return undefined;
  return out as Paper;
}

const LINK_KEYS = ['arxiv', 'pdf', 'code', 'project', 'huggingface'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Copies an optional key as zod does: absent stays absent, present as `undefined` stays
 * present as `undefined`, anything else must read (false: ask zod).
 */
function optional(input: Record<string, unknown>, out: Record<string, unknown>, key: string, read: (value: unknown) => unknown): boolean {
  if (!(key in input)) return true;
  const value = input[key];
  if (value === undefined) {
    out[key] = undefined;
    return true;
  }
  const read_ = read(value);
  if (read_ === undefined) return false;
  out[key] = read_;
  return true;
}

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = cleanText(value);
  return clean.length <= max ? clean : undefined;
}

function visibleText(value: unknown, max: number): string | undefined {
  const clean = text(value, max);
  return clean === undefined || isBlankText(clean) ? undefined : clean;
}

function bounded(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length >= 1 && value.length <= max ? value : undefined;
}

function category(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= CATEGORY_LIMITS.categoryLength && CATEGORY_PATTERN.test(value) ? value : undefined;
}

function httpUrl(value: unknown): string | undefined {
  return typeof value === 'string' && isHttpUrl(value) ? value : undefined;
}

/** A safe integer at least `min` (zod's `.int()` takes safe integers only). */
function isCount(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

function textArray(value: unknown, max: number, read: (item: unknown) => string | undefined): string[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item = read(value[i]);
    if (item === undefined) return undefined;
    out[i] = item;
  }
  return out;
}

function organization(value: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined;
  const name = visibleText(value.name, LIMITS.textFieldLength);
  if (name === undefined) return undefined;
  const out: Record<string, unknown> = { name };
  return optional(value, out, 'fullname', (fullname) => text(fullname, LIMITS.textFieldLength)) ? out : undefined;
}

function paperLinks(value: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of LINK_KEYS) if (!optional(value, out, key, httpUrl)) return undefined;
  return out;
}
