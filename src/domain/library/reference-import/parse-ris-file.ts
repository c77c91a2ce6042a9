import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { cslToCitable, type CslInput } from './csl-to-citable.ts';
import type { ImportedReference, ReferenceProblem } from './imported-reference.ts';

const TAG = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;

/** RIS reference types citation.js knows; it drops every field of any other record. */
const TYPES = new Set('ABST ADVS AGGR ANCIENT ART BILL BLOG BOOK CASE CHAP CHART CLSWK COMP CONF CPAPER CTLG DATA DBASE DICT EBOOK ECHAP EDBOOK EJOUR ELEC ENCYC EQUA FIGURE GEN GOVDOC GRANT HEAR ICOMM INPR JFULL JOUR LEGAL MANSCPT MAP MGZN MPCT MULTI MUSIC NEWS PAMP PAT PCOMM RPRT SER SLIDE SOUND STAND STAT THES UNBILL UNPB VIDEO'.split(' '));

/**
 * `TY  - PREPRINT` (newer Zotero) and other types outside the RIS list become `GEN`, so
 * their fields are kept: citation.js returns an empty item for them (see the test).
 */
function knownType(line: string): string {
  const type = line.slice(6).trim().toUpperCase();
  return TYPES.has(type) ? line : 'TY  - GEN';
}

interface RisRecord {
  line: number;
  lines: string[];
  closed: boolean;
}

/** Records from `TY  -` to `ER  -`, with the line each starts on. */
function splitRecords(text: string): { records: RisRecord[]; stray: ReferenceProblem[] } {
  const records: RisRecord[] = [];
  const stray: ReferenceProblem[] = [];
  let current: RisRecord | undefined;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    const tag = TAG.exec(line.length === 5 ? `${line} ` : line)?.[1];
    if (tag === 'TY') {
      if (current) records.push(current);
      current = { line: index + 1, lines: [knownType(line)], closed: false };
    } else if (tag === 'ER') {
      if (current) {
        current.lines.push('ER  - ');
        current.closed = true;
        records.push(current);
        current = undefined;
      } else stray.push({ line: index + 1, entry: '(file)', reason: '"ER  -" without a "TY  -" record before it' });
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim()) {
      stray.push({ line: index + 1, entry: '(file)', reason: `text outside a record: "${line.slice(0, 40)}"` });
    }
  });
  if (current) records.push(current);
  return { records, stray };
}

/**
 * Reads a RIS file (as Zotero, Mendeley and EndNote write it). Records are found here,
 * so each has its line; each record's tags are read by citation.js's RIS plugin.
 */
export function parseRisFile(text: string): { references: ImportedReference[]; problems: ReferenceProblem[] } {
  const { records, stray } = splitRecords(text);
  const problems: ReferenceProblem[] = [...stray];
  const references: ImportedReference[] = [];
  for (const record of records) {
    const id = record.lines.find((l) => l.startsWith('ID  - '))?.slice(6).trim();
    const entry = id || `record on line ${record.line}`;
    if (!record.closed) {
      problems.push({ line: record.line, entry, reason: 'the record has no closing "ER  -" line' });
      continue;
    }
    let items: CslInput[];
    try {
      items = plugins.input.chain(record.lines.join('\n'), { target: '@csl/list+object', generateGraph: false, forceType: '@ris/file' }) as CslInput[];
    } catch (error) {
      problems.push({ line: record.line, entry, reason: `unreadable record: ${(error as Error).message}` });
      continue;
    }
    const item = items[0];
    if (!item) {
      problems.push({ line: record.line, entry, reason: 'unreadable record' });
      continue;
    }
    references.push({ line: record.line, label: entry, work: cslToCitable(item) });
  }
  problems.sort((a, b) => a.line - b.line);
  return { references, problems };
}

/** Records in a RIS text, counted without parsing it. */
export function countRisRecords(text: string): number {
  return text.match(/^TY {2}-/gm)?.length ?? 0;
}
