import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adaptHfDaily } from './hf-daily-adapter.ts';
import type { AdaptedFile, AdaptOutcome } from './adapt-result.ts';
import { paperSchema } from './paper-schema.ts';

const FILE = '2025-10-03.json';

/** A daily-list entry shaped like the real API's (see corpus README), trimmed to what matters. */
function makeHfEntry(paper: Record<string, unknown> = {}, entry: Record<string, unknown> = {}): Record<string, unknown> {
  const id = (paper.id as string | undefined) ?? '2510.02314';
  return {
    paper: {
      id,
      authors: [
        { _id: 'a1', name: 'Bo-Hsu Ke', hidden: false },
        { _id: 'a2', name: 'Yu-Lun Liu', hidden: false },
      ],
      publishedAt: '2025-10-02T17:59:57.000Z',
      submittedOnDailyAt: '2025-10-03T02:30:49.018Z',
      title: 'StealthAttack: Robust 3D Gaussian Splatting Poisoning via Density-Guided\n  Illusions',
      summary: '3D scene representation methods like Neural Radiance Fields (NeRF) and 3D\nGaussian Splatting (3DGS).',
      upvotes: 46,
      discussionId: '68df49addf49fb0df1e03d55',
      ...paper,
    },
    publishedAt: '2025-10-02T13:59:57.000Z',
    title: 'StealthAttack: Robust 3D Gaussian Splatting Poisoning via Density-Guided\n  Illusions',
    thumbnail: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png`,
    numComments: 2,
    isAuthorParticipating: false,
    ...entry,
  };
}

function read(json: unknown, fileDate: string | null = '2025-10-03'): AdaptedFile {
  const outcome = adaptHfDaily(FILE, json, fileDate ?? undefined);
  if (!outcome.ok) throw new Error(`unexpected file error: ${outcome.error.reason}`);
  return outcome.value;
}

function readOne(paper: Record<string, unknown> = {}, entry: Record<string, unknown> = {}) {
  const { papers, issues } = read([makeHfEntry(paper, entry)]);
  return { paper: papers[0], issues };
}

describe('adaptHfDaily: mapping', () => {
  it('maps a full entry to a canonical paper', () => {
    const { paper, issues } = readOne({
      githubRepo: 'https://github.com/Hentci/StealthAttack_official',
      projectPage: 'https://hentci.github.io/stealthattack/',
      githubStars: 39,
      ai_summary: 'A novel density-guided poisoning method.',
      ai_keywords: ['3D Gaussian Splatting', 'Kernel Density Estimation'],
      organization: { _id: 'o1', name: 'NYCU', fullname: 'National Yang Ming Chiao Tung University', avatar: 'https://x/a.png' },
      mediaUrls: ['https://cdn/x.mp4'],
      someFutureField: { nested: true },
    });
    expect(issues).toEqual([]);
    expect(paper).toEqual({
      id: '2510.02314',
      title: 'StealthAttack: Robust 3D Gaussian Splatting Poisoning via Density-Guided Illusions',
      abstract: '3D scene representation methods like Neural Radiance Fields (NeRF) and 3D Gaussian Splatting (3DGS).',
      authors: ['Bo-Hsu Ke', 'Yu-Lun Liu'],
      date: '2025-10-03',
      publishedAt: '2025-10-02T17:59:57.000Z',
      organization: { name: 'NYCU', fullname: 'National Yang Ming Chiao Tung University' },
      upvotes: 46,
      links: {
        arxiv: 'https://arxiv.org/abs/2510.02314',
        pdf: 'https://arxiv.org/pdf/2510.02314',
        code: 'https://github.com/Hentci/StealthAttack_official',
        project: 'https://hentci.github.io/stealthattack/',
        huggingface: 'https://huggingface.co/papers/2510.02314',
      },
      githubStars: 39,
      keywords: ['3D Gaussian Splatting', 'Kernel Density Estimation'],
      aiSummary: 'A novel density-guided poisoning method.',
      thumbnail: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2510.02314.png',
      numComments: 2,
    });
  });

  it('treats the placeholder file `1` as an empty, valid file', () => {
    expect(adaptHfDaily('2025-02-08.json', 1)).toEqual({ ok: true, value: { papers: [], issues: [], placeholder: true } });
  });

  it('dates a paper by submittedOnDailyAt in UTC, never by publishedAt', () => {
    const { paper } = readOne({ submittedOnDailyAt: '2025-10-03T23:59:59.000Z', publishedAt: '2025-09-30T01:00:00.000Z' }, { publishedAt: '2025-09-29T21:00:00.000Z' });
    expect(paper?.date).toBe('2025-10-03');
  });

  it('falls back to the file date when submittedOnDailyAt is missing (before 2025-03-14)', () => {
    const { papers } = read([makeHfEntry({ submittedOnDailyAt: undefined })], '2025-02-04');
    expect(papers[0]?.date).toBe('2025-02-04');
  });

  it('skips an undated entry when the file name holds no date either', () => {
    const { papers, issues } = read([makeHfEntry({ submittedOnDailyAt: undefined })], null);
    expect(papers).toEqual([]);
    expect(issues[0]).toMatchObject({ field: 'paper.submittedOnDailyAt', reason: expect.stringContaining('file name'), severity: 'skipped' });
  });

  it('skips an entry whose submittedOnDailyAt is not a timestamp', () => {
    const { issues } = readOne({ submittedOnDailyAt: 'yesterday' });
    expect(issues[0]).toMatchObject({ id: '2510.02314', field: 'paper.submittedOnDailyAt', severity: 'skipped' });
  });

  it('leaves out hidden authors and keeps the order of the rest', () => {
    const { paper } = readOne({
      authors: [
        { name: 'First', hidden: false },
        { name: 'Hidden', hidden: true },
        { name: 'Third\n  Person', hidden: false },
      ],
    });
    expect(paper?.authors).toEqual(['First', 'Third Person']);
  });

  it('names the source author when a name is bad, counting hidden authors', () => {
    const { issues } = readOne({ authors: [{ name: 'Hidden', hidden: true }, { name: '  ', hidden: false }] });
    expect(issues[0]).toMatchObject({ field: 'paper.authors.1.name', severity: 'skipped' });
  });

  it('prefers paper.title and paper.summary over the top-level ones', () => {
    const { paper } = readOne({ title: 'Generating π-Functional Molecules' }, { title: 'Generating $π$-Functional Molecules', summary: 'other' });
    expect(paper?.title).toBe('Generating π-Functional Molecules');
    expect(paper?.abstract).toContain('Neural Radiance Fields');
  });

  it('uses the top-level title and summary when the paper has none', () => {
    const { paper } = readOne({ title: undefined, summary: undefined }, { title: 'Top\n  level', summary: 'Top-level\nsummary' });
    expect(paper).toMatchObject({ title: 'Top level', abstract: 'Top-level summary' });
  });

  it('keeps LaTeX, URLs and angle-bracket tokens in abstracts as literal text', () => {
    const summary = 'We use $\\mathcal{O}(n)$ memory, \\ie less; <think> tags\nand <a href="https://x.org">this https URL.</a> Project page: https://p.io';
    expect(readOne({ summary }).paper?.abstract).toBe(summary.replace('\n', ' '));
  });

  it.each([
    ['paper.organization', { organization: { name: 'NYCU', fullname: 'NYCU U' } }, {}],
    ['entry.organization', {}, { organization: { name: 'NYCU', fullname: 'NYCU U' } }],
    ['entry.submitterOrganization', {}, { submitterOrganization: { name: 'NYCU', fullname: 'NYCU U' } }],
  ])('reads the organization from %s', (_, paper, entry) => {
    expect(readOne(paper, entry).paper?.organization).toEqual({ name: 'NYCU', fullname: 'NYCU U' });
  });

  it('reports a bad organization by the field it came from', () => {
    const { issues } = readOne({}, { submitterOrganization: { fullname: 'No short name' } });
    expect(issues[0]).toMatchObject({ field: 'submitterOrganization.name', severity: 'skipped' });
  });

  it('keeps a paper with a repository but no githubStars', () => {
    const { paper } = readOne({ githubRepo: 'https://github.com/a/b' });
    expect(paper?.links.code).toBe('https://github.com/a/b');
    expect(paper).not.toHaveProperty('githubStars');
  });

  it('keeps a 3,303-author list whole', () => {
    const authors = Array.from({ length: 3303 }, (_, i) => ({ _id: `a${i}`, name: `Author ${i}`, hidden: false }));
    expect(readOne({ authors }).paper?.authors).toHaveLength(3303);
  });

  it('keeps one of two identical entries in the same file and reports the repeat', () => {
    const entry = makeHfEntry({ id: '2506.01920' });
    const { papers, issues } = read([makeHfEntry({ id: '2506.01919' }), entry, structuredClone(entry)]);
    expect(papers.map((p) => p.id)).toEqual(['2506.01919', '2506.01920']);
    expect(issues).toEqual([
      { file: FILE, entry: 2, id: '2506.01920', field: 'paper.id', reason: 'repeats the id of entry 1; the first was kept', severity: 'skipped' },
    ]);
  });

  it('adds no arXiv links for an id that is not an arXiv id', () => {
    const { paper } = readOne({ id: 'not-arxiv' });
    expect(paper?.links).toEqual({ huggingface: 'https://huggingface.co/papers/not-arxiv' });
  });
});

describe('adaptHfDaily: bad input', () => {
  it.each([
    [{ error: 'Not found' }, 'an object with keys error'],
    ['1', 'a string ("1")'],
    [null, 'null'],
    [0, 'number 0'],
  ])('rejects a file holding %j with a specific reason', (json, found) => {
    const outcome = adaptHfDaily(FILE, json);
    expect(outcome).toEqual({ ok: false, error: { file: FILE, reason: expect.stringContaining(found) } });
    expect(outcome.ok || outcome.error.reason).toMatch(/^is not a Hugging Face daily list: expected a JSON array/);
  });

  it('skips an entry with no title and imports the rest', () => {
    const { papers, issues } = read([makeHfEntry({ id: '2510.00001', title: undefined }, { title: undefined }), makeHfEntry({ id: '2510.00002' })]);
    expect(papers.map((p) => p.id)).toEqual(['2510.00002']);
    expect(issues).toEqual([
      { file: FILE, entry: 0, id: '2510.00001', field: 'paper.title', reason: 'must be string (missing)', severity: 'skipped' },
    ]);
  });

  it('skips an entry whose upvotes are a string, naming paper.upvotes', () => {
    expect(readOne({ upvotes: '12' }).issues).toEqual([
      { file: FILE, entry: 0, id: '2510.02314', field: 'paper.upvotes', reason: 'must be number', severity: 'skipped' },
    ]);
  });

  it('drops a javascript: repository link and keeps the paper', () => {
    const { paper, issues } = readOne({ githubRepo: 'javascript:alert(1)' });
    expect(paper?.links.code).toBeUndefined();
    expect(issues).toEqual([
      { file: FILE, entry: 0, id: '2510.02314', field: 'paper.githubRepo', reason: 'is not an http(s) URL and was dropped', severity: 'fixed' },
    ]);
  });

  it('drops a non-http thumbnail, reported by its top-level field', () => {
    expect(readOne({}, { thumbnail: 'data:image/png;base64,AAAA' }).issues[0]).toMatchObject({ field: 'thumbnail', severity: 'fixed' });
  });

  it('rejects a 5 MB abstract with a message naming the limit', () => {
    const { paper, issues } = readOne({ summary: 'a'.repeat(5 * 1024 * 1024) });
    expect(paper).toBeUndefined();
    expect(issues[0]).toMatchObject({ field: 'paper.summary', reason: 'is longer than 20,000 characters', severity: 'skipped' });
  });

  it('keeps <script> in a title as literal text', () => {
    expect(readOne({ title: '<script>alert(1)</script> Attention' }).paper?.title).toBe('<script>alert(1)</script> Attention');
  });

  it.each([
    { label: 'a number instead of an entry', entry: 42, field: '(entry)' },
    { label: 'an entry without paper', entry: { title: 'no paper' }, field: 'paper' },
    { label: 'a list as paper', entry: { paper: [] }, field: 'paper' },
    { label: 'authors as one string', entry: makeHfEntry({ authors: 'Someone' }), field: 'paper.authors' },
    { label: 'null as an author', entry: makeHfEntry({ authors: [null] }), field: 'paper.authors.0' },
    { label: 'an author without a name', entry: makeHfEntry({ authors: [{ hidden: false }] }), field: 'paper.authors.0.name' },
  ])('skips $label, naming $field', ({ entry, field }) => {
    expect(read([entry]).issues).toEqual([expect.objectContaining({ entry: 0, field, severity: 'skipped' })]);
  });
});

/** Every entry is either a paper that re-validates or exactly one skipped issue; nothing throws. */
function expectAccountedFor(outcome: AdaptOutcome, entryCount: number): void {
  if (!outcome.ok) {
    expect(outcome.error.reason.length).toBeGreaterThan(0);
    return;
  }
  for (const paper of outcome.value.papers) expect(paperSchema.safeParse(paper).success).toBe(true);
  const skipped = outcome.value.issues.filter((issue) => issue.severity === 'skipped');
  expect(outcome.value.papers.length + skipped.length).toBe(entryCount);
  for (const issue of outcome.value.issues) {
    expect(issue.field).toMatch(/^[\w().]+$/);
    expect(issue.reason.length).toBeGreaterThan(0);
    expect(issue.entry).toBeGreaterThanOrEqual(0);
    expect(issue.entry).toBeLessThan(entryCount);
  }
}

const MUTABLE_PATHS = [
  ['paper'], ['paper', 'id'], ['paper', 'title'], ['paper', 'summary'], ['paper', 'authors'], ['paper', 'authors', '0'],
  ['paper', 'authors', '0', 'name'], ['paper', 'authors', '1', 'hidden'], ['paper', 'submittedOnDailyAt'], ['paper', 'publishedAt'],
  ['paper', 'upvotes'], ['paper', 'githubRepo'], ['paper', 'projectPage'], ['paper', 'githubStars'], ['paper', 'ai_keywords'],
  ['paper', 'ai_summary'], ['paper', 'organization'], ['title'], ['summary'], ['thumbnail'], ['numComments'], ['organization'],
  ['submitterOrganization'],
];

const mutation = fc.record({
  path: fc.constantFrom(...MUTABLE_PATHS),
  value: fc.option(fc.oneof(fc.jsonValue(), fc.string(), fc.constantFrom('javascript:alert(1)', '2025-02-30', '', ' ', '\n'))),
});

/** Sets (or, for null, deletes) the value at `path`, creating objects on the way. */
function mutate(entry: Record<string, unknown>, { path, value }: { path: string[]; value: unknown }): void {
  let node: Record<string, unknown> = entry;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return;
    node = next as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === null) delete node[last];
  else node[last] = value;
}

describe('adaptHfDaily: properties', () => {
  it('accounts for every arbitrary JSON entry without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 5 }), (entries) => {
        expectAccountedFor(adaptHfDaily(FILE, entries, '2025-10-03'), entries.length);
      }),
    );
  });

  it('accounts for every mutation of a real-looking entry without throwing', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const entry = makeHfEntry({ githubRepo: 'https://github.com/a/b', organization: { name: 'NYCU' } });
        for (const m of mutations) mutate(entry, m);
        expectAccountedFor(adaptHfDaily(FILE, [entry], '2025-10-03'), 1);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any top-level value', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => void adaptHfDaily(FILE, json)));
  });
});
