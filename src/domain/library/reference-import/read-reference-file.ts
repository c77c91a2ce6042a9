import { FORMAT_NAMES, type ReferenceFileRead, type ReferenceFormat } from './imported-reference.ts';
import { countBibtexEntries, parseBibtexFile } from './parse-bibtex-file.ts';
import { parseCslJsonFile } from './parse-csl-json-file.ts';
import { countRisRecords, parseRisFile } from './parse-ris-file.ts';

/**
 * What one import reads at most. The BibTeX parser turns TeX into Unicode at about 1 ms an
 * entry here (measured: 10,000 entries in 13.6 s in Node), so a bigger file is refused at
 * once with a message instead of keeping the worker busy for minutes.
 */
export const REFERENCE_LIMITS = { bytes: 10 * 1024 * 1024, entries: 5_000 } as const;

const REFUSED = 'Nothing was imported.';

function formatOf(name: string, text: string): ReferenceFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.bib') || lower.endsWith('.bibtex')) return 'bibtex';
  if (lower.endsWith('.ris')) return 'ris';
  if (lower.endsWith('.json')) return 'csl-json';
  const start = text.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (/^TY {2}-/m.test(text)) return 'ris';
  if (/^\s*@[A-Za-z]+\s*[{(]/m.test(text)) return 'bibtex';
  return undefined;
}

/** Text a reference manager wrote has no NUL bytes and few undecodable ones. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\u0000')) return true;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const bad = sample.match(/[\uFFFD\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return bad > Math.max(8, sample.length / 100);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a BibTeX, RIS or CSL-JSON file into references and per-entry problems, or refuses
 * the whole file with a message that says which file and why. Never throws.
 */
export function readReferenceFile(name: string, bytes: number, raw: string): ReferenceFileRead {
  if (bytes > REFERENCE_LIMITS.bytes) {
    return { ok: false, message: `${name} is ${megabytes(bytes)}; paperfeed imports reference files of up to ${megabytes(REFERENCE_LIMITS.bytes)}. Split it (for example one file per collection) and import the parts. ${REFUSED}` };
  }
  if (looksBinary(raw)) return { ok: false, message: `${name} is not a text file (it holds binary data), so it cannot be BibTeX, RIS or CSL-JSON. ${REFUSED}` };
  const text = raw.replace(/^\uFEFF/, '');
  const format = formatOf(name, text);
  if (!format) return { ok: false, message: `${name} is not a BibTeX (.bib), RIS (.ris) or CSL-JSON (.json) file. ${REFUSED}` };
  const entries = format === 'bibtex' ? countBibtexEntries(text) : format === 'ris' ? countRisRecords(text) : 0;
  if (entries > REFERENCE_LIMITS.entries) {
    return { ok: false, message: `${name} holds ${entries.toLocaleString('en')} entries; paperfeed imports up to ${REFERENCE_LIMITS.entries.toLocaleString('en')} at a time. Split it and import the parts. ${REFUSED}` };
  }
  try {
    if (format === 'csl-json') {
      const read = parseCslJsonFile(text);
      if ('error' in read) return { ok: false, message: `${name} is ${read.error}. ${REFUSED}` };
      if (read.references.length + read.problems.length > REFERENCE_LIMITS.entries) {
        return { ok: false, message: `${name} holds ${(read.references.length + read.problems.length).toLocaleString('en')} entries; paperfeed imports up to ${REFERENCE_LIMITS.entries.toLocaleString('en')} at a time. ${REFUSED}` };
      }
      return { ok: true, format, ...read };
    }
    const read = format === 'bibtex' ? parseBibtexFile(text) : parseRisFile(text);
    if (!read.references.length && !read.problems.length) {
      return { ok: false, message: `${name} holds no ${FORMAT_NAMES[format]} entries. ${REFUSED}` };
    }
    return { ok: true, format, ...read };
  } catch (error) {
    return { ok: false, message: `${name} could not be read as ${FORMAT_NAMES[format]}: ${(error as Error).message}. ${REFUSED}` };
  }
}
