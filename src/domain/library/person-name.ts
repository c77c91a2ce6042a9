/**
 * A display name ("Jan van der Berg Jr.") split into the parts bibliographies use. Papers
 * list authors as one string each, so this is a heuristic: the last word is the family
 * name, lowercase particles before it belong to it, a trailing Jr./Sr./II is a suffix.
 * A single word, or a name with a comma, is kept whole as a literal (a team, a consortium).
 */
export type PersonName =
  | { kind: 'person'; given: string; particle: string; family: string; suffix: string }
  | { kind: 'literal'; literal: string };

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'bin', 'al', 'el']);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

export function splitPersonName(name: string): PersonName {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || name.includes(',') || words.some((w) => w.toLowerCase() === 'and')) {
    return { kind: 'literal', literal: words.join(' ') };
  }
  let suffix = '';
  if (words.length > 2 && SUFFIXES.test(words.at(-1)!)) suffix = words.pop()!;
  const family = words.pop()!;
  let start = words.length;
  // Particles sit between the given names and the family name; the first word always stays given.
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  return { kind: 'person', given: words.slice(0, start).join(' '), particle: words.slice(start).join(' '), family, suffix };
}
