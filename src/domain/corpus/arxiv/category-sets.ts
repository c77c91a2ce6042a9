import { CATEGORY_PATTERN } from './category-pattern.ts';

/** Archives that are their own OAI-PMH set; every other archive sits under `physics:`. */
const TOP_SETS = new Set(['cs', 'econ', 'eess', 'math', 'q-bio', 'q-fin', 'stat']);

export function isCategoryName(value: string): boolean {
  return value.length <= 40 && CATEGORY_PATTERN.test(value);
}

/** The OAI-PMH set that holds a category: `cs.CL` → `cs`, `hep-th` → `physics:hep-th`, `physics.optics` → `physics:physics`. */
export function oaiSetOf(category: string): string {
  const archive = category.split('.')[0]!;
  return TOP_SETS.has(archive) ? archive : `physics:${archive}`;
}

/** arXiv's aliases: one category under two names (cs.SY is eess.SY); a paper lists only one of them. */
const ALIASES: Record<string, string> = {
  'cs.SY': 'eess.SY', 'eess.SY': 'cs.SY', 'cs.IT': 'math.IT', 'math.IT': 'cs.IT', 'cs.NA': 'math.NA', 'math.NA': 'cs.NA',
  'math.ST': 'stat.TH', 'stat.TH': 'math.ST', 'math.MP': 'math-ph', 'math-ph': 'math.MP', 'q-fin.EC': 'econ.GN', 'econ.GN': 'q-fin.EC',
};

/** Whether a paper listed in `categories` belongs to a followed category or archive (`cs` follows every `cs.*`). */
export function inFollowedCategories(categories: readonly string[] | undefined, followed: readonly string[]): boolean {
  if (!categories) return false;
  const names = categories.flatMap((category) => (ALIASES[category] ? [category, ALIASES[category]] : [category]));
  return names.some((category) => followed.some((f) => category === f || (!f.includes('.') && category.startsWith(`${f}.`))));
}
