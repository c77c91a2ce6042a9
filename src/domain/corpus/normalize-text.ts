/**
 * Joins hard-wrapped lines and collapses every run of white space (including
 * non-breaking and Unicode spaces) to one space, then trims. The result is still plain
 * text: `<tags>` and LaTeX are kept exactly as written, never stripped or interpreted.
 */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Combining marks for LaTeX accent commands: `\'a`, `\"{o}`, `\c{c}`, `\v S`, ... */
const ACCENTS: Record<string, string> = {
  "'": '\u0301', '"': '\u0308', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  c: '\u0327', v: '\u030C', u: '\u0306', H: '\u030B', k: '\u0328', r: '\u030A', d: '\u0323', b: '\u0331',
};

const LETTERS: Record<string, string> = {
  o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', ss: 'ß', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
};

// The accented letter: a plain letter or a dotless \i / \j (which takes the accent as i / j).
const BASE = String.raw`(\\[ij](?![A-Za-z])|[A-Za-z])`;
const SYMBOL_ACCENT = new RegExp(String.raw`\\(['"\x60^~=.])\s*(?:\{\s*${BASE}\s*\}|${BASE})`, 'g');
const LETTER_ACCENT = new RegExp(String.raw`\\([cvuHkrdb])(?:\s*\{\s*${BASE}\s*\}|\s+${BASE})`, 'g');
const LETTER_COMMAND = /\\(ae|AE|oe|OE|aa|AA|ss|o|O|l|L|i|j)(?![A-Za-z])(?:\{\})?/g;
const PLAIN_GROUP = /\{([^{}\\]*)\}/g;

/**
 * Converts the LaTeX accents found in author names (`Bal\'azs`, `{\"u}`, `\c{c}`,
 * `\v{S}`, `{\O}bro`) to Unicode, composed (NFC). Other LaTeX is left alone, apart from
 * braces that only group plain letters.
 */
export function latexAccentsToUnicode(text: string): string {
  if (!text.includes('\\') && !text.includes('{')) return text;
  const base = (arg: string) => (arg.startsWith('\\') ? arg.slice(1) : arg);
  let out = text
    .replace(SYMBOL_ACCENT, (_, accent: string, a?: string, b?: string) => base(a ?? b ?? '') + ACCENTS[accent])
    .replace(LETTER_ACCENT, (_, accent: string, a?: string, b?: string) => base(a ?? b ?? '') + ACCENTS[accent])
    .replace(LETTER_COMMAND, (_, name: string) => LETTERS[name] ?? name);
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(PLAIN_GROUP, '$1');
  }
  return out.normalize('NFC');
}
