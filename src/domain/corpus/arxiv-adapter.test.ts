import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arxivSampleFile, hasSharedCorpus, SHARED_CORPUS_SUITE } from '../../testing/shared-corpus.ts';
import type { AdaptedFile } from './adapt-result.ts';
import { adaptArxivJsonl, splitAuthorList } from './arxiv-adapter.ts';
import { paperSchema } from './paper-schema.ts';

const FILE = 'sample.jsonl';

/** One record in the Kaggle arXiv snapshot layout (see corpus README). */
function makeArxivRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '0704.0001',
    submitter: 'Pavel Nadolsky',
    authors: "C. Bal\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan",
    title: 'Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies',
    comments: '37 pages, 15 figures; published version',
    'journal-ref': 'Phys.Rev.D76:013009,2007',
    doi: '10.1103/PhysRevD.76.013009',
    'report-no': null,
    categories: 'hep-ph math.CO',
    license: null,
    abstract: '  A fully differential calculation in perturbative quantum chromodynamics is\npresented for $\\gamma\\gamma$ pairs.\n',
    versions: [
      { version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' },
      { version: 'v2', created: 'Tue, 24 Jul 2007 20:10:27 GMT' },
    ],
    update_date: '2008-11-13',
    authors_parsed: [['Balázs', 'C.', ''], ['Berger', 'E. L.', ''], ['Nadolsky', 'P. M.', ''], ['Yuan', 'C. -P.', '']],
    ...overrides,
  };
}

const lines = (...records: unknown[]) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');

function read(text: string): AdaptedFile {
  const outcome = adaptArxivJsonl(FILE, text);
  if (!outcome.ok) throw new Error(`unexpected file error: ${outcome.error.reason}`);
  return outcome.value;
}

describe('adaptArxivJsonl: mapping', () => {
  it('maps a record to a canonical paper', () => {
    const { papers, issues } = read(lines(makeArxivRecord()));
    expect(issues).toEqual([]);
    expect(papers).toEqual([
      {
        id: '0704.0001',
        title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
        abstract: 'A fully differential calculation in perturbative quantum chromodynamics is presented for $\\gamma\\gamma$ pairs.',
        authors: ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C. -P. Yuan'],
        date: '2007-04-02',
        publishedAt: '2007-04-02T19:18:42.000Z',
        upvotes: 0,
        links: { arxiv: 'https://arxiv.org/abs/0704.0001', pdf: 'https://arxiv.org/pdf/0704.0001' },
        keywords: ['hep-ph', 'math.CO'],
      },
    ]);
  });

  it('writes parsed authors as "First Last Suffix" and ignores affiliations', () => {
    const record = makeArxivRecord({ authors_parsed: [['King', 'Martin Luther', 'Jr'], ['Gähler', 'Franz', '', 'Universität Stuttgart']] });
    expect(read(lines(record)).papers[0]?.authors).toEqual(['Martin Luther King Jr', 'Franz Gähler']);
  });

  it('splits the LaTeX author string when authors_parsed is missing, converting accents', () => {
    const record = makeArxivRecord({ authors_parsed: undefined, authors: 'Rastislav \\v{S}r\\\'amek, Bro\\v{n}a Brejov\\\'a and {\\O}bro' });
    expect(read(lines(record)).papers[0]?.authors).toEqual(['Rastislav Šrámek', 'Broňa Brejová', 'Øbro']);
  });

  it('dates a paper by its first version, in UTC', () => {
    const record = makeArxivRecord({ versions: [{ version: 'v1', created: 'Sat, 31 Mar 2007 23:30:00 -0200' }] });
    expect(read(lines(record)).papers[0]?.date).toBe('2007-04-01');
  });

  it.each([
    ['0704.0001', 'https://arxiv.org/abs/0704.0001'],
    ['1501.00001v2', 'https://arxiv.org/abs/1501.00001v2'],
    ['math/0601001', 'https://arxiv.org/abs/math/0601001'],
    ['cond-mat.str-el/0601001', undefined],
    ['math.AG/0601001', 'https://arxiv.org/abs/math.AG/0601001'],
  ])('links id %s to %s', (id, abs) => {
    expect(read(lines(makeArxivRecord({ id }))).papers[0]?.links.arxiv).toBe(abs);
  });

  it('ignores blank lines and a trailing newline, and numbers entries by line', () => {
    const { papers, issues } = read(`\n${lines(makeArxivRecord())}\n\n{"id": 5}\n`);
    expect(papers).toHaveLength(1);
    expect(issues).toEqual([expect.objectContaining({ entry: 4, field: 'versions.0.created', severity: 'skipped' })]);
  });
});

describe('adaptArxivJsonl: bad input', () => {
  it('skips a line that is not JSON, with its line number, and reads the rest', () => {
    const { papers, issues } = read(lines(makeArxivRecord(), '{"id": "0704.0002", oops', makeArxivRecord({ id: '0704.0003' })));
    expect(papers.map((p) => p.id)).toEqual(['0704.0001', '0704.0003']);
    expect(issues).toEqual([
      { file: FILE, entry: 2, field: '(line)', reason: expect.stringMatching(/^is not valid JSON: /), severity: 'skipped' },
    ]);
  });

  it('skips a line holding JSON that is not an object', () => {
    expect(read(lines(makeArxivRecord(), '[1, 2]')).issues[0]).toMatchObject({ entry: 2, reason: 'must be a JSON object, found a list of 2 items' });
  });

  it('fails the file when no line is JSON', () => {
    expect(adaptArxivJsonl(FILE, 'hello\nworld')).toEqual({
      ok: false,
      error: { file: FILE, reason: expect.stringMatching(/^is not JSON Lines: no line is valid JSON \(line 1 is not valid JSON: /) },
    });
  });

  it('fails an empty file', () => {
    expect(adaptArxivJsonl(FILE, '\n \n')).toMatchObject({ ok: false, error: { reason: expect.stringContaining('is empty') } });
  });

  it.each([
    ['a bad first-version date', { versions: [{ version: 'v1', created: 'Mon, 31 Feb 2007 10:00:00 GMT' }] }, 'versions.0.created'],
    ['no versions', { versions: undefined }, 'versions.0.created'],
    ['no title', { title: undefined }, 'title'],
    ['a numeric id', { id: 704.0001 }, 'id'],
    ['parsed authors and no author string', { authors_parsed: 'x', authors: 5 }, 'authors'],
  ])('skips a record with %s, naming %s', (_, overrides, field) => {
    expect(read(lines(makeArxivRecord(overrides))).issues).toEqual([expect.objectContaining({ field, severity: 'skipped' })]);
  });
});

describe('splitAuthorList', () => {
  it('drops parenthesised affiliations, "and" and "et al"', () => {
    const authors = 'A. Greilich (1), D. R.\n  Yakovlev (1), and M. Bayer (1) ((1) Universit\\"at Dortmund), et al';
    expect(splitAuthorList(authors)).toEqual(['A. Greilich', 'D. R. Yakovlev', 'M. Bayer']);
  });
});

describe('adaptArxivJsonl: properties', () => {
  const recordKeys = Object.keys(makeArxivRecord());
  const mutatedRecord = fc
    .array(fc.record({ key: fc.constantFrom(...recordKeys), value: fc.option(fc.jsonValue()) }), { maxLength: 4 })
    .map((mutations) => {
      const record = makeArxivRecord();
      for (const { key, value } of mutations) {
        if (value === null) delete record[key];
        else record[key] = value;
      }
      return JSON.stringify(record);
    });
  const line = fc.oneof(mutatedRecord, fc.jsonValue().map((v) => JSON.stringify(v)), fc.string());

  it('turns every non-blank line into a valid paper or one skipped issue, or fails the file, never throwing', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (records) => {
        const text = records.map((r) => r.replace(/\n/g, ' ')).join('\n');
        const outcome = adaptArxivJsonl(FILE, text);
        if (!outcome.ok) return;
        const nonBlank = text.split('\n').filter((l) => l.trim() !== '').length;
        for (const paper of outcome.value.papers) expect(paperSchema.safeParse(paper).success).toBe(true);
        const skipped = outcome.value.issues.filter((issue) => issue.severity === 'skipped');
        expect(outcome.value.papers.length + skipped.length).toBe(nonBlank);
        for (const issue of outcome.value.issues) expect(issue.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!hasSharedCorpus)(`${SHARED_CORPUS_SUITE}: arXiv sample`, () => {
  const { papers, issues } = hasSharedCorpus ? read(readFileSync(arxivSampleFile, 'utf8')) : { papers: [], issues: [] };

  it('imports all 200 records without an issue', () => {
    expect(issues).toEqual([]);
    expect(papers).toHaveLength(200);
    expect(papers[0]?.id).toBe('0704.0001');
    expect(papers[199]?.id).toBe('0704.0200');
  });

  it('dates them 2007-03-31 to 2007-04-02', () => {
    const dates = [...new Set(papers.map((p) => p.date))].sort();
    expect(dates).toEqual(['2007-03-31', '2007-04-01', '2007-04-02']);
  });

  it('reads accented author names as Unicode', () => {
    expect(papers.find((p) => p.id === '0704.0062')?.authors).toEqual(['Rastislav Šrámek', 'Broňa Brejová', 'Tomáš Vinař']);
    expect(papers.flatMap((p) => p.authors).some((name) => name.includes('\\'))).toBe(false);
  });
});
