/**
 * The canonical paper's size limits and its one link rule, without the schema: the feed's
 * cards check every href with `isHttpUrl` at start-up, and importing them from
 * paper-schema.ts put zod (and the construction of every schema) on the path to the first
 * card (bench/RESULTS.md, "Slow device"). paper-schema.ts re-exports both.
 */
export const LIMITS = {
  idLength: 64,
  titleLength: 1_000,
  abstractLength: 20_000,
  authors: 10_000,
  authorNameLength: 300,
  keywords: 100,
  textFieldLength: 2_000,
  urlLength: 2_048,
} as const;

/** Only http(s) URLs are ever stored; anything else (javascript:, data:, relative) is not a link. */
export function isHttpUrl(value: string): boolean {
  if (value.length > LIMITS.urlLength) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
