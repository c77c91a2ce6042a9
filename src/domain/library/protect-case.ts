import { escapeLatex } from './latex-escape.ts';

/**
 * Whether a word's capitals are part of its spelling: an acronym (`GPT`, `3D`) or a word
 * with a capital after its first letter (`EgoX`, `DentalGPT`, `iPhone`). Each part of a
 * hyphenated word is judged alone, so a title-cased `Density-Guided` is not protected.
 */
function keepsCapitals(word: string): boolean {
  return word.split('-').some((part) => {
    const letters = part.replace(/[^\p{L}\p{N}]/gu, '');
    if (letters.length < 2) return false;
    return /\p{Lu}/u.test(letters.slice(1));
  });
}

/**
 * A title for a BibTeX field: escaped, with the words whose capitals matter wrapped in
 * braces, as Better BibTeX does, so sentence-case styles (APA) print `EgoX`, not `Egox`.
 * Capitalised ordinary words are left to the style: protecting every title-cased word
 * would stop sentence-casing altogether.
 */
export function protectCase(title: string): string {
  return title
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (keepsCapitals(word) ? `{${escapeLatex(word)}}` : escapeLatex(word)))
    .join(' ');
}
