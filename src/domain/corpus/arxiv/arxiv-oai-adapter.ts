import { splitAuthorList } from '../arxiv-adapter.ts';
import { collectEntries, sourceFieldNamer } from '../entry-collector.ts';
import { latexAccentsToUnicode, normalizeText } from '../normalize-text.ts';
import { arxivLinks, parseArxivId } from './arxiv-id.ts';
import { uniqueCategories } from './arxiv-atom-adapter.ts';
import { calendarDay, parseRfc2822 } from './arxiv-dates.ts';
import { arxivFileError, wholeNumber, type ArxivOutcome, type ArxivPaging } from './arxiv-outcome.ts';
import { categoryFromSetSpec, categoryFromSubject } from './category-names.ts';
import { attributeOf, isNode, listOf, textOf, type XmlNode } from './parse-xml.ts';

/**
 * An arXiv OAI-PMH answer (`ListRecords` or `GetRecord`) in any of the three metadata
 * formats arXiv offers: `oai_dc`, `arXiv` and `arXivRaw`. A record's day is its header
 * datestamp (the day arXiv announced it, or last changed it); `publishedAt` is the first
 * version's submission. `noRecordsMatch` is an empty harvest, not a failure.
 */
export function adaptArxivOai(file: string, root: XmlNode): ArxivOutcome {
  const errors = listOf(root.error);
  const codes = errors.map((error) => attributeOf(error, 'code') ?? 'unknown');
  const list = isNode(root.ListRecords) ? root.ListRecords : isNode(root.GetRecord) ? root.GetRecord : undefined;
  if (errors.length > 0 && codes.every((code) => code === 'noRecordsMatch')) {
    return { ok: true, value: { papers: [], issues: [], source: 'arxiv-oai', records: 0, paging: {}, note: 'holds no records (noRecordsMatch): nothing was announced or changed in the asked range' } };
  }
  if (errors.length > 0 || !list) {
    const detail = errors.map((error, i) => `${codes[i]}: ${normalizeText(textOf(error) ?? '')}`).join('; ');
    return arxivFileError(file, errors.length ? `is an OAI-PMH error answer (${detail})` : 'is an OAI-PMH answer without ListRecords or GetRecord');
  }
  const records = listOf(list.record);
  const collector = collectEntries(file, 'header.identifier');
  records.forEach((record, index) => {
    const mapped = isNode(record) ? mapRecord(record) : { issue: { field: '(record)', reason: 'is not an element with content' } };
    if ('issue' in mapped) collector.skip({ file, entry: index, severity: 'skipped', ...mapped.issue });
    else collector.add(mapped.candidate, index, mapped.fieldName);
  });
  return { ok: true, value: { ...collector.result(), source: 'arxiv-oai', records: records.length, paging: pagingOf(list.resumptionToken) } };
}

function pagingOf(token: unknown): ArxivPaging {
  if (token === undefined) return {};
  const size = wholeNumber(attributeOf(token, 'completeListSize'));
  const cursor = wholeNumber(attributeOf(token, 'cursor'));
  const text = textOf(token)?.trim() ?? '';
  return { ...(text ? { resumptionToken: text } : {}), ...(size !== undefined ? { completeListSize: size } : {}), ...(cursor !== undefined ? { cursor } : {}) };
}

type Issue = { field: string; reason: string; id?: string };
type Mapped = { candidate: Record<string, unknown>; fieldName: (field: string) => string } | { issue: Issue };

function mapRecord(record: XmlNode): Mapped {
  const header = isNode(record.header) ? record.header : {};
  const rawId = textOf(header.identifier);
  const parsed = parseArxivId(rawId);
  if (!parsed) return { issue: { field: 'header.identifier', reason: `must be an arXiv OAI identifier like oai:arXiv.org:2103.15814${rawId ? `, found "${rawId.slice(0, 80)}"` : ' (missing)'}` } };
  if (attributeOf(header, 'status') === 'deleted') return { issue: { id: parsed.id, field: 'header.status', reason: 'is "deleted": the record was withdrawn from OAI-PMH, there is no paper to read' } };
  const day = calendarDay(textOf(header.datestamp));
  if (!day) return { issue: { id: parsed.id, field: 'header.datestamp', reason: 'must be a date written YYYY-MM-DD' } };
  const sets = listOf(header.setSpec).map((set) => categoryFromSetSpec(textOf(set) ?? '')).filter((c): c is string => c !== undefined);
  const metadata = isNode(record.metadata) ? record.metadata : {};
  const base = { id: parsed.id, date: day, upvotes: 0, links: arxivLinks(parsed.id) };
  if (isNode(metadata.dc)) return mapDublinCore(base, metadata.dc, sets);
  if (isNode(metadata.arXiv)) return mapArxivFormat(base, metadata.arXiv);
  if (isNode(metadata.arXivRaw)) return mapArxivRaw(base, metadata.arXivRaw);
  return { issue: { id: parsed.id, field: 'metadata', reason: 'must hold oai_dc, arXiv or arXivRaw metadata' } };
}

type Base = { id: string; date: string; upvotes: number; links: { arxiv: string; pdf: string } };

function mapDublinCore(base: Base, dc: XmlNode, sets: string[]): Mapped {
  const texts = (value: unknown) => listOf(value).map((item) => textOf(item)).filter((t): t is string => t !== undefined);
  const descriptions = texts(dc.description);
  const identifiers = texts(dc.identifier);
  const subjects = texts(dc.subject).map(categoryFromSubject).filter((c): c is string => c !== undefined);
  const created = calendarDay(texts(dc.date)[0]);
  const doi = identifiers.find((id) => /^doi:/i.test(id))?.replace(/^doi:\s*/i, '');
  const journalRef = identifiers.find((id) => /^Journal reference:/i.test(id))?.replace(/^Journal reference:\s*/i, '');
  return {
    candidate: {
      ...base,
      title: optionalText(texts(dc.title)[0]),
      abstract: normalizeText(descriptions.find((d) => !/^Comment:/.test(d)) ?? ''),
      // oai_dc writes "Last, First"; we show "First Last" as the other sources do.
      authors: texts(dc.creator).map((name) => cleanName(name.includes(',') ? name.split(',').slice(1).join(',') + ' ' + name.split(',')[0] : name)),
      ...(created ? { publishedAt: `${created}T00:00:00.000Z` } : {}),
      categories: uniqueCategories(undefined, subjects.length ? subjects : sets),
      ...(doi ? { doi } : {}),
      ...(journalRef ? { journalRef: normalizeText(journalRef) } : {}),
    },
    fieldName: sourceFieldNamer({ title: 'dc:title', abstract: 'dc:description', authors: 'dc:creator', publishedAt: 'dc:date', categories: 'dc:subject', date: 'header.datestamp', id: 'header.identifier' }),
  };
}

function mapArxivFormat(base: Base, meta: XmlNode): Mapped {
  const authors = listOf(isNode(meta.authors) ? meta.authors.author : undefined).map((author) => {
    if (!isNode(author)) return '';
    return cleanName([textOf(author.forenames), textOf(author.keyname), textOf(author.suffix)].filter(Boolean).join(' '));
  });
  const created = calendarDay(textOf(meta.created));
  return {
    candidate: { ...base, ...common(meta), authors, ...(created ? { publishedAt: `${created}T00:00:00.000Z` } : {}) },
    fieldName: sourceFieldNamer({ authors: 'authors.author', publishedAt: 'created', date: 'header.datestamp', journalRef: 'journal-ref', id: 'header.identifier' }),
  };
}

function mapArxivRaw(base: Base, meta: XmlNode): Mapped {
  const versions = listOf(meta.version).map((version) => ({
    number: Number(/^v(\d+)$/.exec(attributeOf(version, 'version') ?? '')?.[1] ?? NaN),
    date: parseRfc2822(isNode(version) ? textOf(version.date) : undefined),
  }));
  const first = versions.find((v) => v.number === 1) ?? versions[0];
  const latest = Math.max(0, ...versions.map((v) => v.number).filter(Number.isFinite));
  const authors = textOf(meta.authors);
  return {
    candidate: {
      ...base, ...common(meta),
      authors: authors === undefined ? undefined : splitAuthorList(authors),
      ...(first?.date ? { publishedAt: first.date.iso } : {}),
      ...(latest > 0 ? { version: latest } : {}),
    },
    fieldName: sourceFieldNamer({ publishedAt: 'version.0.date', version: 'version', date: 'header.datestamp', journalRef: 'journal-ref', id: 'header.identifier' }),
  };
}

/** Fields the arXiv and arXivRaw formats write alike. */
function common(meta: XmlNode) {
  const categories = (textOf(meta.categories) ?? '').split(/\s+/).filter(Boolean);
  const doi = textOf(meta.doi)?.trim().split(/\s+/)[0];
  const journalRef = textOf(meta['journal-ref']);
  return {
    title: optionalText(textOf(meta.title)),
    abstract: normalizeText(textOf(meta.abstract) ?? ''),
    categories: uniqueCategories(undefined, categories),
    ...(doi ? { doi } : {}),
    ...(journalRef ? { journalRef: normalizeText(journalRef) } : {}),
  };
}

function optionalText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : normalizeText(value);
}

function cleanName(name: string): string {
  return normalizeText(latexAccentsToUnicode(name));
}
