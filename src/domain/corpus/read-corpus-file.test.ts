import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSharedCorpus, hfDailyDir, SHARED_CORPUS_SUITE } from '../../testing/shared-corpus.ts';
import { adaptCanonical } from './canonical-adapter.ts';
import { paperSchema, type Paper } from './paper-schema.ts';
import { fileDateOf, readCorpusFile } from './read-corpus-file.ts';

function makePaper(overrides: Partial<Paper> = {}): Paper {
  return {
    id: '2510.02314',
    title: 'StealthAttack',
    abstract: 'An abstract.',
    authors: ['Bo-Hsu Ke'],
    date: '2025-10-03',
    upvotes: 46,
    links: { arxiv: 'https://arxiv.org/abs/2510.02314' },
    ...overrides,
  };
}

const shard = (papers: unknown[]) => JSON.stringify({ format: 'paperfeed-shard', version: 1, month: '2025-10', papers });

describe('readCorpusFile', () => {
  it('reads a canonical shard', () => {
    expect(readCorpusFile('2025-10.json', shard([makePaper()]))).toEqual({ ok: true, value: { papers: [makePaper()], issues: [], entries: [0] } });
  });

  it('reads a Hugging Face placeholder file', () => {
    expect(readCorpusFile('2025-02-08.json', '1')).toEqual({ ok: true, value: { papers: [], issues: [], placeholder: true } });
  });

  it('dates Hugging Face entries without submittedOnDailyAt by the file name', () => {
    const entry = { paper: { id: '2502.00001', title: 'T', summary: 'S', authors: [], upvotes: 1 } };
    const outcome = readCorpusFile('hf-daily/2025-02-04.json', JSON.stringify([entry]));
    expect(outcome.ok && outcome.value.papers[0]?.date).toBe('2025-02-04');
  });

  it('reads arXiv JSON Lines whatever the extension, and ignores a byte-order mark', () => {
    const record = { id: '0704.0001', title: 'T', abstract: 'A', authors: 'A. B', versions: [{ created: 'Mon, 2 Apr 2007 19:18:42 GMT' }] };
    const text = `\uFEFF${JSON.stringify(record)}\n${JSON.stringify({ ...record, id: '0704.0002' })}\n`;
    for (const name of ['sample.jsonl', 'arxiv-metadata-oai-snapshot.json']) {
      const outcome = readCorpusFile(name, text);
      expect(outcome.ok && outcome.value.papers.map((p) => p.id)).toEqual(['0704.0001', '0704.0002']);
    }
  });

  it.each([
    ['not JSON', 'x.json', '[{"paper": }]', /^is not valid JSON: Unexpected token '}' at line 1, column 12 \(position 11\)$/],
    ['empty', 'x.json', '  \n', /^is empty$/],
    ['a manifest', 'manifest.json', '{"format": "paperfeed-corpus"}', /^is a corpus manifest/],
    ['an object of another kind', 'x.json', '{"error": "rate limited"}', /^is an object with keys error/],
    ['a string', '2025-02-08.json', '"1"', /^holds a string/],
    ['a broken shard', '2025-10.json', '{"format": "paperfeed-shard", "version": 1, "papers": []}', /^is not a paperfeed shard: month/],
  ])('fails a file that is %s, with the reason', (_, name, text, reason) => {
    expect(readCorpusFile(name, text)).toEqual({ ok: false, error: { file: name, reason: expect.stringMatching(reason) } });
  });

  it('skips a canonical paper dated 2025-02-30', () => {
    const outcome = readCorpusFile('2025-02.json', shard([makePaper({ date: '2025-02-30' }), makePaper({ id: 'p2' })]));
    expect(outcome.ok && outcome.value).toEqual({
      papers: [makePaper({ id: 'p2' })],
      issues: [{ file: '2025-02.json', entry: 0, id: '2510.02314', field: 'date', reason: 'must be a real calendar date written YYYY-MM-DD', severity: 'skipped' }],
      entries: [1],
    });
  });

  it('drops a javascript: link from a canonical paper and keeps the paper', () => {
    const outcome = readCorpusFile('2025-10.json', shard([makePaper({ links: { code: 'javascript:alert(1)' } })]));
    expect(outcome.ok && outcome.value.papers[0]?.links).toEqual({});
    expect(outcome.ok && outcome.value.issues[0]).toMatchObject({ field: 'links.code', severity: 'fixed' });
  });
});

describe('fileDateOf', () => {
  it.each([
    ['2025-06-03.json', '2025-06-03'],
    ['corpus/hf-daily/2025-06-03.json', '2025-06-03'],
    ['2025-02-30.json', undefined],
    ['2025-10.json', undefined],
  ])('%s → %s', (name, date) => expect(fileDateOf(name)).toBe(date));
});

describe('adaptCanonical: properties', () => {
  const keys = Object.keys(makePaper()).concat(['organization', 'keywords', 'thumbnail', 'githubStars']);
  const mutatedPaper = fc
    .array(fc.record({ key: fc.constantFrom(...keys), value: fc.option(fc.jsonValue()) }), { maxLength: 3 })
    .map((mutations) => {
      const paper: Record<string, unknown> = { ...makePaper() };
      for (const { key, value } of mutations) {
        if (value === null) delete paper[key];
        else paper[key] = value;
      }
      return paper;
    });

  it('turns every entry into a valid paper or one skipped issue, never throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(mutatedPaper, fc.jsonValue()), { maxLength: 5 }), (entries) => {
        const outcome = adaptCanonical('2025-10.json', entries);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        for (const paper of outcome.value.papers) expect(paperSchema.safeParse(paper).success).toBe(true);
        const skipped = outcome.value.issues.filter((issue) => issue.severity === 'skipped');
        expect(outcome.value.papers.length + skipped.length).toBe(entries.length);
        for (const issue of outcome.value.issues) expect(issue.field.length * issue.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any file text', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom('x.json', '2025-10-03.json', 'x.jsonl'), (text, name) => void readCorpusFile(name, text)));
  });
});

describe.skipIf(!hasSharedCorpus)(`${SHARED_CORPUS_SUITE}: Hugging Face daily`, () => {
  const names = hasSharedCorpus ? readdirSync(hfDailyDir).sort() : [];
  const files = names.map((name) => ({ name, outcome: readCorpusFile(name, readFileSync(join(hfDailyDir, name), 'utf8')) }));
  const read = files.flatMap(({ name, outcome }) => (outcome.ok ? [{ name, ...outcome.value }] : []));
  const papers = read.flatMap((file) => file.papers.map((paper) => ({ file: file.name, paper })));

  it('reads all 271 files, 77 of them placeholders', () => {
    expect(files.filter(({ outcome }) => !outcome.ok)).toEqual([]);
    expect(read).toHaveLength(271);
    expect(read.filter((file) => file.placeholder)).toHaveLength(77);
  });

  it('finds 5,100 distinct papers', () => {
    expect(new Set(papers.map(({ paper }) => paper.id)).size).toBe(5100);
  });

  it('keeps 2506.01920 once in 2025-06-03.json, reporting the repeat as its only issue', () => {
    expect(papers.filter(({ paper }) => paper.id === '2506.01920').map(({ file }) => file)).toEqual(['2025-06-03.json']);
    expect(read.flatMap((file) => file.issues)).toEqual([
      expect.objectContaining({ file: '2025-06-03.json', id: '2506.01920', field: 'paper.id', severity: 'skipped' }),
    ]);
  });

  it("dates each paper by its file's day, so a paper featured on two days appears in both files", () => {
    expect(papers.filter(({ file, paper }) => `${paper.date}.json` !== file)).toEqual([]);
    const filesOf = (id: string) => papers.filter(({ paper }) => paper.id === id).map(({ file }) => file);
    expect(filesOf('2505.16968')).toEqual(['2025-05-27.json', '2025-06-05.json']);
    expect(filesOf('2506.20670')).toEqual(['2025-06-25.json', '2025-06-27.json']);
    expect(filesOf('2507.06229')).toEqual(['2025-07-08.json', '2025-07-09.json']);
  });

  it('keeps all 3,303 authors of 2507.06261', () => {
    expect(papers.find(({ paper }) => paper.id === '2507.06261')?.paper.authors).toHaveLength(3303);
  });

  it('leaves no hard wraps in titles or abstracts', () => {
    expect(papers.filter(({ paper }) => /\s{2}|\n/.test(paper.title + paper.abstract))).toEqual([]);
  });
});
