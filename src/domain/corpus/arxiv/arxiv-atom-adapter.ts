import { collectEntries, sourceFieldNamer } from '../entry-collector.ts';
import { normalizeText } from '../normalize-text.ts';
import { arxivLinks, parseArxivId } from './arxiv-id.ts';
import { calendarDay, isoTime } from './arxiv-dates.ts';
import { arxivFileError, wholeNumber, type ArxivOutcome } from './arxiv-outcome.ts';
import { attributeOf, isNode, listOf, textOf, type XmlNode } from './parse-xml.ts';

/**
 * An arXiv search API answer (`/api/query`, Atom 1.0), in both the current format and the
 * one before 2025 (per-element namespace declarations, `ArXiv Query:` titles): the parser
 * drops namespace prefixes, so both read alike. The API answers errors as a feed with one
 * entry titled "Error"; that is a file error, not a paper.
 */
export function adaptArxivAtom(file: string, feed: XmlNode): ArxivOutcome {
  const entries = listOf(feed.entry);
  const paging = {
    totalResults: wholeNumber(textOf(feed.totalResults)),
    startIndex: wholeNumber(textOf(feed.startIndex)),
    itemsPerPage: wholeNumber(textOf(feed.itemsPerPage)),
  };
  const error = entries.find(isErrorEntry);
  if (error !== undefined) {
    const summary = normalizeText(textOf((error as XmlNode).summary) ?? 'no details given');
    return arxivFileError(file, `is an arXiv API error answer: "${summary}" (no papers in it)`);
  }
  const collector = collectEntries(file, 'id');
  entries.forEach((entry, index) => {
    if (!isNode(entry)) {
      collector.skip({ file, entry: index, field: '(entry)', reason: 'is not an element with content', severity: 'skipped' });
      return;
    }
    const mapped = mapEntry(entry);
    if ('issue' in mapped) collector.skip({ file, entry: index, severity: 'skipped', ...mapped.issue });
    else collector.add(mapped.candidate, index, FIELD_NAMES);
  });
  const note = entries.length === 0 ? `holds no results (totalResults ${paging.totalResults ?? 'not given'}): the query matched nothing` : undefined;
  return { ok: true, value: { ...collector.result(), source: 'arxiv-atom', records: entries.length, paging: clean(paging), ...(note ? { note } : {}) } };
}

const FIELD_NAMES = sourceFieldNamer({
  abstract: 'summary', authors: 'author', date: 'published', publishedAt: 'published', categories: 'category',
  doi: 'arxiv:doi', journalRef: 'arxiv:journal_ref', links: 'id',
});

type Mapped = { candidate: Record<string, unknown> } | { issue: { field: string; reason: string; id?: string } };

function mapEntry(entry: XmlNode): Mapped {
  const rawId = textOf(entry.id);
  const parsed = parseArxivId(rawId);
  if (!parsed) return { issue: { field: 'id', reason: `must be an arXiv abstract address like http://arxiv.org/abs/2604.26951v1${rawId ? `, found "${rawId.slice(0, 80)}"` : ' (missing)'}` } };
  const published = isoTime(textOf(entry.published));
  const day = calendarDay(published);
  if (!published || !day) return { issue: { id: parsed.id, field: 'published', reason: 'must be a time like 2026-04-29T17:59:01Z' } };
  const primary = attributeOf(entry.primary_category, 'term');
  const terms = listOf(entry.category).map((category) => attributeOf(category, 'term')).filter((term): term is string => term !== undefined);
  const doi = textOf(entry.doi);
  const journalRef = textOf(entry.journal_ref);
  const title = textOf(entry.title);
  const summary = textOf(entry.summary);
  return {
    candidate: {
      id: parsed.id,
      ...(parsed.version ? { version: parsed.version } : {}),
      title: title === undefined ? undefined : normalizeText(title),
      abstract: summary === undefined ? undefined : normalizeText(summary),
      authors: listOf(entry.author).map((author) => normalizeText(textOf(isNode(author) ? author.name : undefined) ?? '')),
      date: day,
      publishedAt: published,
      upvotes: 0,
      links: arxivLinks(parsed.id),
      categories: uniqueCategories(primary, terms),
      ...(doi ? { doi: normalizeText(doi) } : {}),
      ...(journalRef ? { journalRef: normalizeText(journalRef) } : {}),
    },
  };
}

/** Primary first, then the cross-lists in the order given, each once. */
export function uniqueCategories(primary: string | undefined, others: string[]): string[] {
  return [...new Set([primary, ...others].filter((term): term is string => term !== undefined && term.trim() !== '').map((term) => term.trim()))];
}

function isErrorEntry(entry: unknown): boolean {
  if (!isNode(entry)) return false;
  return /\/api\/errors\b/.test(textOf(entry.id) ?? '') || (textOf(entry.title) === 'Error' && parseArxivId(textOf(entry.id)) === undefined);
}

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
