import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import type { Citable, CitableKind } from '../citable.ts';
import { isHttpUrl } from '../../corpus/paper-limits.ts';
import { findArxivId, normalizeDoi } from './find-arxiv-id.ts';
import type { ImportedReference, ReferenceProblem } from './imported-reference.ts';

const KINDS: Record<string, CitableKind> = {
  article: 'article',
  inproceedings: 'paper-conference',
  conference: 'paper-conference',
  book: 'book',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
};

/**
 * Unicode as TeX meant it, where the parser is too literal: an accent on a dotless i
 * (`{\^\i}`, as Better BibTeX writes î) comes back as ı + accent, which NFC does not
 * join into î; a text caret (`\^{}`) comes back as an accent on a space.
 */
export const fromTex = (text: string) => text.replace(/\u0131(?=[\u0300-\u036f])/g, 'i').replace(/(?:^| )\u0302/g, '^').normalize('NFC');

function personName(creator: Creator): string {
  if (creator.name) return fromTex(creator.name);
  return fromTex([creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' '));
}

const clean = (value: string | undefined) => (value === undefined ? '' : fromTex(value).replace(/\s+/g, ' ').trim());

function toCitable(entry: Entry): Citable {
  const f = entry.fields;
  // "and others" is BibTeX for "et al.": not an author.
  const authors = (f.author ?? []).filter((c) => !(c.lastName === 'others' && !c.firstName) && c.name !== 'others').map(personName).filter(Boolean);
  const year = /\d{4}/.exec(f.year ?? f.date ?? '')?.[0];
  const url = clean(f.url);
  const doi = normalizeDoi(f.doi);
  const archive = clean(f.archiveprefix ?? f.eprinttype);
  const eprint = !archive || /arxiv/i.test(archive) ? clean(f.eprint) : '';
  const journal = clean(f.journal ?? f.journaltitle);
  const arxivId = findArxivId(eprint, url, doi, clean(f.note), journal, clean(f.howpublished));
  let kind = KINDS[entry.type] ?? (arxivId ? 'preprint' : 'other');
  if (arxivId && kind === 'article' && (!journal || /arxiv/i.test(journal))) kind = 'preprint';
  const container = journal || clean(f.booktitle) || clean(f.publisher?.join(', ')) || clean(f.school ?? f.institution?.join(', '));
  return {
    id: '',
    kind,
    title: clean(f.title),
    authors,
    ...(year ? { issued: [Number(year)] } : {}),
    ...(arxivId ? { arxivId } : {}),
    ...(arxivId && f.primaryclass ? { primaryClass: clean(f.primaryclass) } : {}),
    ...(doi ? { doi } : {}),
    ...(url && isHttpUrl(url) ? { url } : {}),
    ...(container && !/^arxiv/i.test(container) ? { container } : {}),
    ...(clean(f.abstract) ? { abstract: clean(f.abstract) } : {}),
  };
}

interface EntryStart {
  line: number;
  type: string;
  key: string;
}

/**
 * Where each `@type{key` starts, in file order: the parser does not say, the report must.
 * An `@` inside an entry's braces is text (`Pass@k {Training}`), not an entry; one at the
 * start of a line always starts an entry, so an entry with unbalanced braces does not
 * swallow the entries after it.
 */
function entryStarts(text: string): EntryStart[] {
  const starts: EntryStart[] = [];
  const head = /@[ \t]*([A-Za-z]+)[ \t]*[{(][ \t\r\n]*([^,\s}]*)/y;
  let line = 1;
  let depth = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line++;
      lineStart = true;
      continue;
    }
    if (code === 123) depth++;
    else if (code === 125) depth = Math.max(0, depth - 1);
    else if (code === 64 && (depth === 0 || lineStart)) {
      head.lastIndex = i;
      const match = head.exec(text);
      if (match) {
        const type = match[1]!.toLowerCase();
        if (type !== 'comment' && type !== 'preamble' && type !== 'string') starts.push({ line, type, key: match[2]! });
        // Past the head: its opening brace starts the entry's depth, its line ends count.
        const skipped = match[0];
        depth = skipped.split('{').length - 1;
        line += skipped.split('\n').length - 1;
        i += skipped.length - 1;
        lineStart = false;
        continue;
      }
    }
    if (code !== 32 && code !== 9 && code !== 13) lineStart = false;
  }
  return starts;
}

/** Each `@string{name = ...}` with its line, to report broken ones where they are. */
function stringDefinitions(text: string): { line: number; name: string; body: string }[] {
  const found: { line: number; name: string; body: string }[] = [];
  const at = /@[ \t]*string[ \t]*[{(]\s*([^=\s]+)\s*=([^@]*)/gi;
  for (let match = at.exec(text); match; match = at.exec(text)) {
    found.push({ line: text.slice(0, match.index).split('\n').length, name: match[1]!, body: `=${match[2]!}` });
  }
  return found;
}

/** The parser's message in the reader's words, where we know a better one. */
function reason(error: string): string {
  if (/Unresolved @string reference/.test(error)) return `${error.replace(/ at line.*$/, '')} (an @string that is not defined, or defined in terms of itself)`;
  if (/Token mismatch|Unexpected end|unterminated|expected "}"/i.test(error)) return `unbalanced braces or quotes: ${error}`;
  return error;
}

/**
 * Reads a BibTeX file (as Zotero, JabRef or Better BibTeX write it) with
 * @retorquere/bibtex-parser, the parser Better BibTeX itself uses: TeX accents and
 * commands become Unicode, braces and `@string`s are resolved. Entries the parser
 * could not read, and entries that lost fields to a broken neighbour, are problems
 * with their line; the rest are references.
 */
export function parseBibtexFile(text: string): { references: ImportedReference[]; problems: ReferenceProblem[] } {
  const library = parse(text, { sentenceCase: false, caseProtection: false, unsupported: 'ignore' });
  const starts = entryStarts(text);
  const lineOfKey = new Map<string, number[]>();
  for (const start of starts) lineOfKey.set(start.key, [...(lineOfKey.get(start.key) ?? []), start.line]);
  const problems: ReferenceProblem[] = [];
  const brokenKeys = new Set<string>();
  const unresolved = new Set<string>();
  for (const error of library.errors) {
    const name = /Unresolved @string reference "([^"]+)"/.exec(error.error)?.[1];
    if (name) {
      unresolved.add(name);
      continue;
    }
    const head = /^\s*@[ \t]*[A-Za-z]+[ \t]*[{(][ \t\r\n]*([^,\s}]*)/.exec(error.input ?? '');
    const key = head?.[1];
    if (key !== undefined) brokenKeys.add(key);
    const line = key !== undefined ? lineOfKey.get(key)?.[0] : Number(/at line (\d+)/.exec(error.error)?.[1] ?? 0);
    problems.push({ line: line ?? 0, entry: key || '(file)', reason: reason(error.error) });
  }
  // An @string that is undefined or defined through itself (a loop): every @string and
  // entry that uses it is reported, and those entries are not imported (their fields
  // would hold whatever the parser made of the loop).
  const reportedStrings = new Set<number>();
  for (const name of unresolved) {
    const use = new RegExp(String.raw`(?:=|#)\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s*(?:[#,}]|$)`, 'im');
    for (const definition of stringDefinitions(text)) {
      if (reportedStrings.has(definition.line) || !use.test(definition.body)) continue;
      reportedStrings.add(definition.line);
      problems.push({ line: definition.line, entry: `@string ${definition.name}`, reason: `uses @string "${name}", which is undefined or defined through itself` });
    }
    for (const entry of library.entries) {
      if (!brokenKeys.has(entry.key) && use.test(entry.input)) {
        brokenKeys.add(entry.key);
        problems.push({ line: lineOfKey.get(entry.key)?.[0] ?? 0, entry: entry.key, reason: `uses @string "${name}", which is undefined or defined through itself` });
      }
    }
  }
  const seenKeys = new Map<string, number>();
  const references: ImportedReference[] = [];
  for (const entry of library.entries) {
    const nth = seenKeys.get(entry.key) ?? 0;
    seenKeys.set(entry.key, nth + 1);
    const line = lineOfKey.get(entry.key)?.[nth] ?? 0;
    if (brokenKeys.has(entry.key)) continue;
    references.push({ line, label: entry.key || `entry on line ${line}`, work: toCitable(entry) });
  }
  problems.sort((a, b) => a.line - b.line);
  return { references, problems };
}

/** Entries in a BibTeX text, counted without parsing it: for refusing huge files quickly. */
export function countBibtexEntries(text: string): number {
  return entryStarts(text).length;
}
