import { escapeLatex } from './latex-escape.ts';

const letters = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '');

/** An acronym or a word with a capital after its first letter: `GPT`, `3D`, `EgoX`, `iPhone`. */
function hasInnerCapital(word: string): boolean {
  return word.split('-').some((part) => /\p{Lu}/u.test(letters(part).slice(1)));
}

/**
 * Whether a word's capitals must survive a sentence-case style. Like Better BibTeX: every
 * capitalised word but the title's first (which the style capitalises anyway), and any
 * word, first or not, with capitals inside it.
 */
function keepsCapitals(word: string, first: boolean): boolean {
  if (hasInnerCapital(word)) return true;
  return !first && /^\p{Lu}/u.test(letters(word));
}

/**
 * A title for a BibTeX field: escaped, with runs of words whose capitals matter wrapped in
 * braces, so sentence-case styles (APA) print `EgoX` and `Gaussian`, not `Egox` and
 * `gaussian` (Better BibTeX protects the same words: `Drivers and {Barriers} of {AI Adoption}`).
 */
export function protectCase(title: string): string {
  const words = title.normalize('NFC').replace(/\s+/g, ' ').trim().split(' ');
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(`{${run.join(' ')}}`);
    run = [];
  };
  words.forEach((word, i) => {
    if (keepsCapitals(word, i === 0)) run.push(escapeLatex(word));
    else {
      flush();
      out.push(escapeLatex(word));
    }
  });
  flush();
  return out.join(' ');
}
