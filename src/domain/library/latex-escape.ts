/**
 * Text → BibTeX field content. Characters special to TeX are escaped, accented Latin
 * letters become TeX accent commands (`é` → `{\'e}`) so classic BibTeX and every parser
 * read them; other characters (Greek, CJK, ...) stay as UTF-8, which BibLaTeX, Biber and
 * Zotero read as they are.
 */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  // Forms both readers we test with agree on (@retorquere/bibtex-parser, which our import
  // uses, and biblatex-csl-converter): the latter loses `\textless` and `\textasciicircum`.
  '^': '{\\^{}}',
  '<': '{$<$}',
  '>': '{$>$}',
};

/**
 * TeX ligatures that turn plain pairs into other characters: `--` is an en dash, two
 * quotes a curly quote, `?\`` an inverted question mark. `{}` between them keeps both.
 */
const LIGATURE_SECOND: Record<string, string> = { '-': '-', '`': '`?!', "'": "'" };

/** Combining mark → TeX accent command. Letter commands need a brace group: `{\c{c}}`. */
const ACCENTS: Record<string, { command: string; letter: boolean }> = {
  '\u0300': { command: '`', letter: false },
  '\u0301': { command: "'", letter: false },
  '\u0302': { command: '^', letter: false },
  '\u0303': { command: '~', letter: false },
  '\u0304': { command: '=', letter: false },
  '\u0306': { command: 'u', letter: true },
  '\u0307': { command: '.', letter: false },
  '\u0308': { command: '"', letter: false },
  '\u030A': { command: 'r', letter: true },
  '\u030B': { command: 'H', letter: true },
  '\u030C': { command: 'v', letter: true },
  '\u0327': { command: 'c', letter: true },
  '\u0328': { command: 'k', letter: true },
};

const LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  ø: '{\\o}',
  Ø: '{\\O}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ł: '{\\l}',
  Ł: '{\\L}',
  å: '{\\aa}',
  Å: '{\\AA}',
};

/** Letters whose TeX form some readers miss (`\c{e}`): kept as UTF-8, which all of them read. */
const KEEP_UTF8 = new Set(['ȩ', 'Ȩ']);

/** One accented letter (a base letter and one combining mark) as a TeX command, if it has one. */
function accented(cluster: string): string | undefined {
  const [base, mark, ...rest] = cluster.normalize('NFD');
  if (!base || !mark || rest.length || !/[A-Za-z]/.test(base)) return undefined;
  const accent = ACCENTS[mark];
  if (!accent) return undefined;
  // An accent goes on a dotless i in TeX (`{\^\i}`): `\^i` is read as "^i" by some readers.
  const letter = base === 'i' ? '\\i' : base;
  if (accent.letter) return `{\\${accent.command}{${letter}}}`;
  return base === 'i' ? `{\\${accent.command}\\i}` : `{\\${accent.command}${base}}`;
}

/** Escapes `text` for a brace-delimited BibTeX field; whitespace runs become one space. */
export function escapeLatex(text: string): string {
  let out = '';
  let previous = '';
  for (const char of text.normalize('NFC').replace(/\s+/g, ' ').trim()) {
    if (previous && LIGATURE_SECOND[char]?.includes(previous)) out += '{}';
    previous = char;
    if (char in SPECIAL) out += SPECIAL[char];
    else if (char in LETTERS) out += LETTERS[char];
    else if (char.charCodeAt(0) < 128 || KEEP_UTF8.has(char)) out += char;
    else out += accented(char) ?? char;
  }
  return out;
}
