import type { Paper } from '../corpus/paper-schema.ts';
import { citableFromPaper, type Citable } from './citable.ts';
import { splitPersonName } from './person-name.ts';

/**
 * Words Better BibTeX's `shorttitle` skips (its default "skipwords", English part), so a
 * key names what the work is about: "The Art of Computer Programming" → `ArtComputerProgramming`.
 */
const SKIP_WORDS = new Set(
  ('a ab aboard about above across after against al along amid among an and anti around as at before behind below beneath beside besides between beyond but by ' +
    'd do down during except for from in inside into is like near nor of off on onto or over past per plus round save since so some than the through to toward towards ' +
    'under underneath unlike until up upon versus via while with within without yet').split(' '),
);

/** Letters and digits only, accents dropped (`Müller` → `Muller`). */
function asciiWord(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^A-Za-z0-9]/g, '');
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Better BibTeX's default key, `auth.lower + shorttitle(3, 3) + year`: the first author's
 * family name lower-cased, the first three significant title words capitalised, the year
 * (`vaswaniAttentionAllYou2017`).
 */
export function baseCitationKey(work: Citable): string {
  const first = work.authors[0];
  const name = first ? splitPersonName(first) : undefined;
  const family = name ? asciiWord(name.kind === 'person' ? name.family : name.literal.split(' ')[0]!).toLowerCase() : '';
  const words = work.title.split(/[\s\-–—:,.;!?()[\]{}/]+/).map(asciiWord).filter(Boolean);
  const significant = words.filter((w) => !SKIP_WORDS.has(w.toLowerCase())).slice(0, 3).map(capitalise);
  const year = work.issued?.[0] ? String(work.issued[0]) : '';
  return `${family}${significant.join('')}${year}` || 'anon';
}

function letters(n: number): string {
  let out = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(97 + ((i - 1) % 26)) + out;
  return out;
}

/**
 * A unique citation key per work. Stable: the same set of works gets the same keys,
 * whatever the order they come in. Works sharing a base key are told apart by a letter
 * (`smithLearningRank2025a`, `smithLearningRank2025b`), assigned in id order.
 */
export function citationKeys(entries: readonly (Citable | Paper)[]): Map<string, string> {
  // Corpus papers are accepted as they are (the paper page's Cite menu passes one).
  const works = entries.map((entry) => ('kind' in entry ? entry : citableFromPaper(entry)));
  const sorted = [...new Map(works.map((w) => [w.id, w])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bases = new Map(sorted.map((w) => [w.id, baseCitationKey(w)]));
  const counts = new Map<string, number>();
  for (const base of bases.values()) counts.set(base, (counts.get(base) ?? 0) + 1);
  const used = new Set<string>();
  const keys = new Map<string, string>();
  for (const work of sorted) {
    const base = bases.get(work.id)!;
    let n = 0;
    let key = counts.get(base) === 1 ? base : base + letters(n);
    while (used.has(key)) key = base + letters(++n);
    used.add(key);
    keys.set(work.id, key);
  }
  return keys;
}
