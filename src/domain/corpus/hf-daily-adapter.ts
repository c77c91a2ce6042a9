import { isCalendarDate } from '../dates/calendar-date.ts';
import { strictUtcDayOf } from './date-window.ts';
import { fileError, type AdaptOutcome } from './adapt-result.ts';
import { collectEntries, describeJsonValue, sourceFieldNamer } from './entry-collector.ts';
import type { EntryIssue } from './import-issue.ts';
import { normalizeText } from './normalize-text.ts';
import { isRecord } from './validate-paper.ts';
import { isHfDailyPlaceholder } from './hf-daily-placeholder.ts';

/**
 * Reads one Hugging Face daily-papers API response (`corpus/hf-daily/YYYY-MM-DD.json`),
 * already parsed. `fileDate` (the day in the file name) dates entries that have no
 * `paper.submittedOnDailyAt`. The downloader's placeholder `1` is an empty, valid file.
 * See docs/corpus-format.md for the field mapping.
 */
export function adaptHfDaily(file: string, json: unknown, fileDate?: string): AdaptOutcome {
  if (isHfDailyPlaceholder(json)) return { ok: true, value: { papers: [], issues: [], placeholder: true } };
  if (!Array.isArray(json)) {
    return fileError(file, `is not a Hugging Face daily list: expected a JSON array of entries (or the placeholder 1), found ${describeJsonValue(json)}`);
  }
  const day = fileDate !== undefined && isCalendarDate(fileDate) ? fileDate : undefined;
  const collector = collectEntries(file, 'paper.id');
  json.forEach((entry, index) => {
    const mapped = mapEntry(entry, day);
    if ('issue' in mapped) collector.skip({ file, entry: index, severity: 'skipped', ...mapped.issue });
    else collector.add(mapped.candidate, index, mapped.fieldName);
  });
  return { ok: true, value: collector.result() };
}

type Mapped =
  | { candidate: Record<string, unknown>; fieldName: (field: string) => string }
  | { issue: Pick<EntryIssue, 'field' | 'reason' | 'id'> };

const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

function mapEntry(entry: unknown, fileDate: string | undefined): Mapped {
  if (!isRecord(entry)) return { issue: { field: '(entry)', reason: `must be an object, found ${describeJsonValue(entry)}` } };
  const paper = entry.paper;
  if (!isRecord(paper)) {
    return { issue: { field: 'paper', reason: paper === undefined ? 'is missing' : `must be an object, found ${describeJsonValue(paper)}` } };
  }
  const id = typeof paper.id === 'string' ? paper.id : undefined;
  const withId = (field: string, reason: string): Mapped => ({ issue: { field, reason, ...(id ? { id } : {}) } });

  const authors = mapAuthors(paper.authors);
  if ('issue' in authors) return withId(authors.issue.field, authors.issue.reason);

  let date = fileDate;
  if (paper.submittedOnDailyAt !== undefined) {
    const at = paper.submittedOnDailyAt;
    // Strict: Date.parse would move 2025-02-30 to March 2 without a word.
    date = typeof at === 'string' ? strictUtcDayOf(at) : undefined;
    if (!date) {
      const shaped = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at);
      return withId('paper.submittedOnDailyAt', shaped ? `names a day or time that does not exist (${at.slice(0, 40)})` : 'must be an ISO-8601 timestamp');
    }
  } else if (!date) {
    return withId('paper.submittedOnDailyAt', 'is missing and the file name holds no YYYY-MM-DD date');
  }

  const [titleField, title] = firstPresent(['paper.title', paper.title], ['title', entry.title]);
  const [abstractField, abstract] = firstPresent(['paper.summary', paper.summary], ['summary', entry.summary]);
  const [orgField, org] = firstPresent(
    ['paper.organization', paper.organization],
    ['organization', entry.organization],
    ['submitterOrganization', entry.submitterOrganization],
  );
  const candidate = withoutUndefined({
    id: paper.id,
    title: textOrRaw(title),
    abstract: textOrRaw(abstract),
    authors: authors.names,
    date,
    publishedAt: paper.publishedAt,
    organization: isRecord(org) ? withoutUndefined({ name: org.name, fullname: org.fullname }) : org,
    upvotes: paper.upvotes,
    links: withoutUndefined({
      arxiv: id && ARXIV_ID.test(id) ? `https://arxiv.org/abs/${id}` : undefined,
      pdf: id && ARXIV_ID.test(id) ? `https://arxiv.org/pdf/${id}` : undefined,
      code: paper.githubRepo,
      project: paper.projectPage,
      huggingface: id ? `https://huggingface.co/papers/${id}` : undefined,
    }),
    githubStars: paper.githubStars,
    keywords: Array.isArray(paper.ai_keywords) ? paper.ai_keywords.map(textOrRaw) : paper.ai_keywords,
    aiSummary: textOrRaw(paper.ai_summary),
    thumbnail: entry.thumbnail,
    numComments: entry.numComments,
  });
  const byTable = sourceFieldNamer({
    id: 'paper.id', title: titleField, abstract: abstractField, date: 'paper.submittedOnDailyAt',
    publishedAt: 'paper.publishedAt', organization: orgField, upvotes: 'paper.upvotes',
    'links.arxiv': 'paper.id', 'links.pdf': 'paper.id', 'links.huggingface': 'paper.id',
    'links.code': 'paper.githubRepo', 'links.project': 'paper.projectPage', githubStars: 'paper.githubStars',
    keywords: 'paper.ai_keywords', aiSummary: 'paper.ai_summary', authors: 'paper.authors',
  });
  const fieldName = (field: string) => {
    // Hidden authors are left out, so author n of the paper is not author n of the entry.
    const author = /^authors\.(\d+)/.exec(field);
    return author ? `paper.authors.${authors.sourceIndex[Number(author[1])]}.name` : byTable(field);
  };
  return { candidate, fieldName };
}

type MappedAuthors = { names: unknown; sourceIndex: number[] } | { issue: { field: string; reason: string } };

function mapAuthors(raw: unknown): MappedAuthors {
  if (!Array.isArray(raw)) return { names: raw, sourceIndex: [] };
  const names: string[] = [];
  const sourceIndex: number[] = [];
  for (const [index, author] of raw.entries()) {
    if (!isRecord(author)) return { issue: { field: `paper.authors.${index}`, reason: `must be an object, found ${describeJsonValue(author)}` } };
    if (author.hidden === true) continue;
    if (typeof author.name !== 'string') {
      return { issue: { field: `paper.authors.${index}.name`, reason: author.name === undefined ? 'is missing' : 'must be a string' } };
    }
    names.push(normalizeText(author.name));
    sourceIndex.push(index);
  }
  return { names, sourceIndex };
}

/** The first of several source fields that is present (`??` semantics), with its name. */
function firstPresent(...sources: [field: string, value: unknown][]): [string, unknown] {
  return sources.find(([, value]) => value !== undefined && value !== null) ?? sources[0]!;
}

function textOrRaw(value: unknown): unknown {
  return typeof value === 'string' ? normalizeText(value) : value;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
