/**
 * Text as every stored field holds it: composed (NFC), without control characters or
 * invisible format characters, and with lone surrogates (half a UTF-16 pair, which no
 * encoder can write) replaced by U+FFFD. Applied by the paper schema before its length
 * and emptiness checks, so a title made only of zero-width characters is an empty title.
 *
 * Kept: tab, line feed and carriage return (whitespace is the adapters' business), the
 * joiners U+200C/U+200D and the variation selectors, which Persian, Indic scripts and
 * emoji need to render as written.
 */
export function cleanText(text: string): string {
  // Fast path: printable ASCII (the bulk of abstracts) needs none of the work below.
  if (PLAIN.test(text)) return text;
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC').replace(STRIPPED, '');
}

/** True when `text` shows nothing: only white space and invisible characters. */
export function isBlankText(text: string): boolean {
  return INVISIBLE_ONLY.test(text);
}

const PLAIN = /^[\x20-\x7E]*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Controls other than \t \n \r; default-ignorable code points (zero-width space, bidi
// overrides, soft hyphen, Hangul fillers, tag characters) except joiners and selectors.
// (A string, because the `v` flag's set difference is newer than the TypeScript target.)
// eslint-disable-next-line no-misleading-character-class -- ZWJ and variation selectors are listed alone on purpose, to keep them
const STRIPPED = new RegExp(String.raw`[\p{Cc}--[\t\n\r]]|[\p{Default_Ignorable_Code_Point}--[\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}]]`, 'gv');
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\u2800]*$/u;
