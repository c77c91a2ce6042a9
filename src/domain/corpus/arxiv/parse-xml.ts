import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * The one door through which arXiv XML (Atom, OAI-PMH, RSS) enters: untrusted text in,
 * a plain object tree or a precise reason out. Never throws.
 *
 * fast-xml-parser: maintained, no DOM needed (so the same code runs in the import worker
 * and in Node), and it has a validator that reports line and column. Before it runs we
 * refuse what an arXiv answer never holds: more than `MAX_XML_CHARS`, an HTML page, and
 * any entity declaration (a DOCTYPE internal subset is how "billion laughs" expands a few
 * hundred bytes into gigabytes).
 */

/** The largest real answer we know is a 1,000-record OAI page of about 2.4 MB; 16 MB leaves room without letting a runaway answer in. */
export const MAX_XML_CHARS = 16 * 1024 * 1024;

/** Elements that may repeat in any of the three formats; always read as lists so one and many look alike. */
const LIST_ELEMENTS = new Set([
  'entry', 'author', 'category', 'link', 'record', 'item', 'creator', 'subject', 'description',
  'date', 'identifier', 'setSpec', 'version', 'title', 'error',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false, // a title "0" stays the text "0"
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: true, // also turns on numeric character references (&#xe9;), which arXiv writes for non-ASCII names
  isArray: (name) => LIST_ELEMENTS.has(name),
});

export type XmlNode = Record<string, unknown>;
export type ParsedXml = { ok: true; root: string; node: XmlNode } | { ok: false; reason: string };

/** The reason an answer of `size` characters (or bytes, before reading it) is refused; undefined when it may be read. */
export function xmlSizeProblem(size: number): string | undefined {
  return size > MAX_XML_CHARS ? `is ${megabytes(size)} MB, more than the ${megabytes(MAX_XML_CHARS)} MB an arXiv answer may be; not read` : undefined;
}

export function parseXml(text: string): ParsedXml {
  const tooLarge = xmlSizeProblem(text.length);
  if (tooLarge) return { ok: false, reason: tooLarge };
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i.test(start)) {
    const title = /<title[^>]*>([^<]{1,120})/i.exec(start)?.[1]?.trim();
    return { ok: false, reason: `is an HTML page${title ? ` ("${title}")` : ''}, not arXiv XML: an error page or a proxy answered instead of arXiv` };
  }
  if (/<!ENTITY/i.test(start)) {
    return { ok: false, reason: 'declares XML entities (<!ENTITY>), which no arXiv answer does; refused unread, as entity expansion can blow a small file up to gigabytes ("billion laughs")' };
  }
  const valid = XMLValidator.validate(start, { allowBooleanAttributes: true });
  if (valid !== true) {
    return { ok: false, reason: describeInvalid(valid.err, start) };
  }
  let tree: unknown;
  try {
    tree = parser.parse(start);
  } catch (error) {
    return { ok: false, reason: `could not be read as XML: ${(error as Error).message}` };
  }
  const root = isNode(tree) ? Object.keys(tree).find((key) => !key.startsWith('@_') && !key.startsWith('#')) : undefined;
  if (!root || !isNode(tree)) return { ok: false, reason: 'is XML without a root element' };
  const node = tree[root];
  return { ok: true, root, node: isNode(node) ? node : {} };
}

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of an element read with or without attributes; undefined when absent. */
export function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isNode(value)) {
    const text = value['#text'];
    return text === undefined ? (Object.keys(value).every((key) => key.startsWith('@_')) ? '' : undefined) : textOf(text);
  }
  return undefined;
}

/** Every occurrence of a repeatable element as a list (absent → []). */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function attributeOf(value: unknown, name: string): string | undefined {
  const node = Array.isArray(value) ? value[0] : value;
  if (!isNode(node)) return undefined;
  const attribute = node[`@_${name}`];
  return typeof attribute === 'string' ? attribute : undefined;
}

/** The validator lists still-open elements as `Invalid '["a","b"]' found.` at 1:1; say instead where the text ends. */
function describeInvalid(err: { msg: string; line: number; col: number }, text: string): string {
  const open = /^Invalid '(\[[\s\S]*\])' found/.exec(err.msg)?.[1];
  if (open !== undefined) {
    let path: string;
    try {
      path = (JSON.parse(open) as string[]).join(' > ');
    } catch {
      path = open;
    }
    const lines = text.split('\n').length;
    return `is not well-formed XML: it ends at line ${lines} (character ${text.length.toLocaleString('en')}) with <${path}> still open; the answer was probably cut off`;
  }
  const cut = /unclosed|closed|expected/i.test(err.msg) ? '; the answer was probably cut off' : '';
  return `is not well-formed XML: ${err.msg.replace(/\.$/, '')} at line ${err.line}, column ${err.col}${cut}`;
}

function megabytes(chars: number): string {
  return (chars / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
