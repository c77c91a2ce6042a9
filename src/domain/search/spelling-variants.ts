/**
 * British and American spellings of a word, by the common regular endings ("optimisation"
 * ↔ "optimization", "modelling" ↔ "modeling", "behaviour" ↔ "behavior", "centre" ↔
 * "center", "dialogue" ↔ "dialog", "defence" ↔ "defense"). The rules over-generate
 * ("promise" → "promize"); callers keep only variants the index holds, so a made-up
 * spelling costs a lookup and nothing else.
 */
const RULES: readonly [RegExp, string][] = [
  [/is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1'],
  [/iz(e|es|ed|ing|er|ers|ation|ations)$/, 'is$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/our(s|ed|ing|al|able|ful|ite|ites|hood|hoods)?$/, 'or$1'],
  [/([^o])or(s|ed|ing|al|able|ful|ite|ites|hood|hoods)?$/, '$1our$2'],
  [/tre(s)?$/, 'ter$1'],
  [/ter(s)?$/, 'tre$1'],
  [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/ogue(s)?$/, 'og$1'],
  [/og(s)?$/, 'ogue$1'],
  [/ence$/, 'ense'],
  [/ense$/, 'ence'],
];

/** Other spellings of a normalised word (never the word itself), possibly not real words. */
export function spellingVariants(word: string): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  const out = new Set<string>();
  for (const [rule, replacement] of RULES) {
    if (!rule.test(word)) continue;
    const variant = word.replace(rule, replacement);
    if (variant !== word) out.add(variant);
  }
  return [...out];
}
