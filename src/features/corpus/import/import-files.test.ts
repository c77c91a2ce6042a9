import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { countPapers, getPaper, listDatesWithPapers } from '../../../db/papers-repo.ts';
import { arxivSampleFile, hasSharedCorpus, hfDailyDir, SHARED_CORPUS_SUITE } from '../../../testing/shared-corpus.ts';
import { importFiles } from './import-files.ts';

const hfEntry = (id: string, day: string, upvotes = 1) => ({
  paper: { id, title: `Paper ${id}`, summary: 'S', authors: [{ name: 'A. Author', hidden: false }], upvotes, submittedOnDailyAt: `${day}T08:00:00.000Z` },
});
const file = (name: string, body: unknown) => new File([typeof body === 'string' ? body : JSON.stringify(body)], name, { type: 'application/json' });
const run = (files: File[]) => importFiles(files, { emit: () => {} });

beforeEach(resetDbForTests);

describe('importing picked files', () => {
  it('stores each readable file and reports new, updated and unchanged', async () => {
    const first = await run([file('2025-10-01.json', [hfEntry('2510.00001', '2025-10-01'), hfEntry('2510.00002', '2025-10-01')])]);
    expect(first).toMatchObject({ added: 2, updated: 0, unchanged: 0, filesImported: 1, days: [{ date: '2025-10-01', papers: 2 }] });
    const again = await run([file('2025-10-01.json', [hfEntry('2510.00001', '2025-10-01', 9), hfEntry('2510.00002', '2025-10-01')])]);
    expect(again).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect((await getPaper('2510.00001'))?.upvotes).toBe(9);
  });

  it('refuses a broken file whole, names it, and still imports the others', async () => {
    const report = await run([file('2025-10-02.json', '[{"paper": {'), file('notes.txt', 'hello'), file('2025-10-03.json', [hfEntry('2510.00003', '2025-10-03')])]);
    expect(report.fileErrors).toEqual([
      { file: '2025-10-02.json', reason: expect.stringMatching(/^is not valid JSON/) },
      { file: 'notes.txt', reason: 'is not a .json, .jsonl, .ndjson or .xml file; not read' },
    ]);
    expect(await listDatesWithPapers()).toEqual(['2025-10-03']);
  });

  it('reports each skipped entry with file, entry, field and reason', async () => {
    const entries = [hfEntry('2510.00004', '2025-10-04'), hfEntry('2510.00005', '2025-10-04'), hfEntry('2510.00006', '2025-10-04')];
    (entries[1]!.paper as Record<string, unknown>).upvotes = 'many';
    const report = await run([file('2025-10-04.json', entries)]);
    expect(report.skipped).toEqual([expect.objectContaining({ file: '2025-10-04.json', entry: 1, id: '2510.00005', field: 'paper.upvotes' })]);
    expect(await countPapers()).toBe(2);
  });
});

describe.skipIf(!hasSharedCorpus)(`${SHARED_CORPUS_SUITE}: importing picked files`, () => {
  it('imports real daily files and the arXiv sample', async () => {
    const days = ['2025-10-30', '2025-10-31', '2025-11-01'].filter((d) => d !== '2025-11-01');
    const files = days.map((d) => file(d + '.json', readFileSync(join(hfDailyDir, `${d}.json`), 'utf8')));
    files.push(new File([readFileSync(arxivSampleFile, 'utf8')], 'arxiv-sample.jsonl'));
    const report = await run(files);
    expect(report).toMatchObject({ added: 30 + 29 + 200, fileErrors: [], filesImported: 3 });
    expect(await getDb().days.get('2025-10-31')).toBeDefined();
  });
});
