import { fileError, type AdaptOutcome } from './adapt-result.ts';
import { collectEntries, describeJsonValue, sourceFieldNamer } from './entry-collector.ts';
import { latexAccentsToUnicode, normalizeText } from './normalize-text.ts';
import { isRecord } from './validate-paper.ts';

/**
 * Reads arXiv metadata in the Kaggle "arXiv Dataset" layout: JSON Lines, one record per
 * line. Blank lines are ignored; a line that is not a JSON object is skipped with its
 * 1-based line number as the entry. Only a file with no readable line is a file error.
 */
export function adaptArxivJsonl(file: string, text: string): AdaptOutcome {
  const collector = collectEntries(file, 'id');
  let nonBlank = 0;
  let firstBadLine: string | undefined;
  let parsedLines = 0;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    nonBlank++;
    const lineNumber = index + 1;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      const reason = `is not valid JSON: ${(error as Error).message}`;
      firstBadLine ??= `line ${lineNumber} ${reason}`;
      collector.skip({ file, entry: lineNumber, field: '(line)', reason, severity: 'skipped' });
      return;
    }
    parsedLines++;
    if (!isRecord(record)) {
      const reason = `must be a JSON object, found ${describeJsonValue(record)}`;
      collector.skip({ file, entry: lineNumber, field: '(line)', reason, severity: 'skipped' });
      return;
    }
    const mapped = mapRecord(record);
    if ('issue' in mapped) collector.skip({ file, entry: lineNumber, severity: 'skipped', ...mapped.issue });
    else collector.add(mapped.candidate, lineNumber, mapped.fieldName);
  });
  if (nonBlank === 0) return fileError(file, 'is empty: expected arXiv records, one JSON object per line');
  if (parsedLines === 0) return fileError(file, `is not JSON Lines: no line is valid JSON (${firstBadLine})`);
  return { ok: true, value: collector.result() };
}

const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

type Mapped =
  | { candidate: Record<string, unknown>; fieldName: (field: string) => string }
  | { issue: { field: string; reason: string; id?: string } };

function mapRecord(record: Record<string, unknown>): Mapped {
  const id = typeof record.id === 'string' ? record.id : undefined;
  const parsedAuthors = authorsFromParsed(record.authors_parsed);
  const created = firstVersionCreated(record.versions);
  if (!created) {
    const reason = 'must be a date like "Mon, 2 Apr 2007 19:18:42 GMT" (the first version\'s submission time)';
    return { issue: { field: 'versions.0.created', reason, ...(id ? { id } : {}) } };
  }
  const candidate = {
    id: record.id,
    title: textOrRaw(record.title),
    abstract: textOrRaw(record.abstract),
    authors: parsedAuthors ?? (typeof record.authors === 'string' ? splitAuthorList(record.authors) : record.authors),
    date: created.toISOString().slice(0, 10),
    publishedAt: created.toISOString(),
    upvotes: 0,
    links: id && ARXIV_ID.test(id) ? { arxiv: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` } : {},
    ...(typeof record.categories === 'string' ? { keywords: record.categories.split(/\s+/).filter(Boolean) } : {}),
  };
  const fieldName = sourceFieldNamer({
    authors: parsedAuthors ? 'authors_parsed' : 'authors',
    date: 'versions.0.created',
    publishedAt: 'versions.0.created',
    keywords: 'categories',
    links: 'id',
  });
  return { candidate, fieldName };
}

/** `[[last, first, suffix, affiliation?], …]` → `["First Last Suffix", …]`; undefined when malformed. */
function authorsFromParsed(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const names: string[] = [];
  for (const parts of raw) {
    if (!Array.isArray(parts) || !parts.every((part) => typeof part === 'string')) return undefined;
    const [last = '', first = '', suffix = ''] = parts as string[];
    names.push(cleanName([first, last, suffix].join(' ')));
  }
  return names;
}

/** `C. Bal\'azs, E. L. Berger and P. M. Nadolsky (ANL)` → names, affiliations in parentheses dropped. */
export function splitAuthorList(authors: string): string[] {
  let text = authors;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\([^()]*\)/g, ' ');
  }
  return text
    .split(/\s*,\s*and\s+|\s*,\s*|\s+and\s+/)
    .map(cleanName)
    .filter((name) => name !== '' && !/^et\.? al\.?$/i.test(name));
}

function cleanName(name: string): string {
  return normalizeText(latexAccentsToUnicode(name));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC_2822 = /^(?:[A-Z][a-z]{2},\s*)?(\d{1,2})\s+([A-Z][a-z]{2})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+(GMT|UTC?|[+-]\d{4})$/;

/** `versions[0].created` ("Mon, 2 Apr 2007 19:18:42 GMT") as a Date; undefined when absent or malformed. */
function firstVersionCreated(versions: unknown): Date | undefined {
  const first: unknown = Array.isArray(versions) ? versions[0] : undefined;
  const created = isRecord(first) ? first.created : undefined;
  const match = typeof created === 'string' ? RFC_2822.exec(created.trim()) : null;
  if (!match) return undefined;
  const [, day, monthName, year, hour, minute, second = '0', zone = 'GMT'] = match;
  const month = MONTHS.indexOf(monthName!);
  const midnight = new Date(0);
  midnight.setUTCFullYear(Number(year), month, Number(day));
  // 31 Feb rolls over into March; a day that does not exist is not a date.
  if (month < 0 || midnight.getUTCDate() !== Number(day)) return undefined;
  const sign = zone.startsWith('-') ? -1 : 1;
  const offsetMinutes = /^[+-]/.test(zone) ? sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3))) : 0;
  return new Date(midnight.getTime() + ((Number(hour) * 60 + Number(minute) - offsetMinutes) * 60 + Number(second)) * 1000);
}

function textOrRaw(value: unknown): unknown {
  return typeof value === 'string' ? normalizeText(value) : value;
}
