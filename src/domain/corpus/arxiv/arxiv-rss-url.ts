import { isCategoryName } from './category-sets.ts';

/** arXiv's announcement feeds; it sends no CORS headers, so a browser page cannot read them directly. */
export const ARXIV_RSS_BASE_URL = 'https://rss.arxiv.org';

/** The announcement feed of one category under `baseUrl` (arXiv or a mirror of it): `<baseUrl>/rss/<category>`. */
export function arxivRssUrl(baseUrl: string, category: string): string {
  if (!isCategoryName(category)) throw new RangeError(`"${category}" is not an arXiv category`);
  return new URL(`rss/${category}`, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

/**
 * Categories from what a person typed: separated by commas or spaces, duplicates dropped.
 * `bad` holds every word that is no category name, to be shown, not silently dropped.
 */
export function parseCategoryList(text: string): { categories: string[]; bad: string[] } {
  const words = text.split(/[\s,]+/).filter(Boolean);
  const categories = [...new Set(words.filter(isCategoryName))];
  return { categories, bad: words.filter((word) => !isCategoryName(word)) };
}
