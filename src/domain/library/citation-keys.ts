import type { Paper } from '../corpus/paper-schema.ts';
import { arxivYear } from './arxiv-id.ts';
import { splitPersonName } from './person-name.ts';

const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'towards', 'toward', 'via', 'is', 'are', 'from', 'by', 'at', 'do', 'does', 'can', 'what', 'how', 'why', 'when']);

/** Lowercase ASCII letters and digits only: accents dropped (`Müller` → `muller`). */
function asciiWord(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The year a paper is cited by: its arXiv year, else its publication or featured date. */
export function citationYear(paper: Paper): string {
  const fromId = arxivYear(paper.id);
  if (fromId) return String(fromId);
  const published = /^\d{4}/.exec(paper.publishedAt ?? '')?.[0];
  return published ?? paper.date.slice(0, 4);
}

/** `<first author's family name><year><first significant title word>`, e.g. `vaswani2017attention`. */
export function baseCitationKey(paper: Paper): string {
  const first = paper.authors[0];
  const name = first ? splitPersonName(first) : undefined;
  const family = name ? asciiWord(name.kind === 'person' ? name.family : name.literal.split(' ')[0]!) : '';
  const words = paper.title.split(/[\s\-:,.;!?()[\]{}/]+/).map(asciiWord).filter(Boolean);
  const word = words.find((w) => !STOP_WORDS.has(w)) ?? words[0] ?? '';
  return `${family || 'anon'}${citationYear(paper)}${word}`;
}

function letters(n: number): string {
  let out = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(97 + ((i - 1) % 26)) + out;
  return out;
}

/**
 * A unique citation key per paper. Stable: the same set of papers gets the same keys,
 * whatever the order they come in. Papers sharing a base key are told apart by a letter
 * (`smith2025learninga`, `smith2025learningb`), assigned in paper-id order.
 */
export function citationKeys(papers: readonly Paper[]): Map<string, string> {
  const sorted = [...new Map(papers.map((p) => [p.id, p])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bases = new Map(sorted.map((p) => [p.id, baseCitationKey(p)]));
  const counts = new Map<string, number>();
  for (const base of bases.values()) counts.set(base, (counts.get(base) ?? 0) + 1);
  const used = new Set<string>();
  const keys = new Map<string, string>();
  for (const paper of sorted) {
    const base = bases.get(paper.id)!;
    let n = 0;
    let key = counts.get(base) === 1 ? base : base + letters(n);
    while (used.has(key)) key = base + letters(++n);
    used.add(key);
    keys.set(paper.id, key);
  }
  return keys;
}
