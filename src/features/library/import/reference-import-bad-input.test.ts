import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { putBookmarkForTests } from '../../../testing/library-fixtures.ts';
import { runReferenceImport } from './run-reference-import.ts';

const paper = makePaper({ id: '2510.00001', title: 'Stored paper' });

async function libraryRows() {
  const db = getDb();
  return { bookmarks: await db.bookmarks.toArray(), collections: await db.collections.toArray(), items: await db.libraryItems.toArray() };
}

/** Runs an import and checks it was refused quickly, with a message, leaving the library as it was. */
async function expectRefused(file: File, message: RegExp, withinMs: number) {
  const before = await libraryRows();
  const started = performance.now();
  const outcome = await runReferenceImport({ file, target: { kind: 'new', name: 'Should not exist' } });
  const took = performance.now() - started;
  expect(outcome).toEqual({ ok: false, message: expect.stringMatching(message) });
  expect(took).toBeLessThan(withinMs);
  expect(await libraryRows()).toEqual(before);
}

describe('bad reference files: a specific message within seconds, the library unchanged', () => {
  beforeEach(async () => {
    await resetDbForTests();
    await upsertPapers([paper]);
    await putBookmarkForTests(paper);
  });

  it('a 20 MB .bib', async () => {
    const entry = '@misc{k, title = {A title that repeats}, author = {Someone}, year = {2020}}\n';
    const one = new TextEncoder().encode(entry);
    const bytes = new Uint8Array(20 * 1024 * 1024);
    for (let at = 0; at + one.length <= bytes.length; at += one.length) bytes.set(one, at);
    await expectRefused(new File([bytes], 'huge.bib'), /^huge\.bib is 20\.0 MB; paperfeed imports reference files of up to 10\.0 MB\./, 3_000);
  });

  it('50,000 entries', async () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `@misc{k${i},title={T${i}}}`).join('\n');
    await expectRefused(new File([text], 'many.bib'), /^many\.bib holds 50,000 entries; paperfeed imports up to 5,000 at a time\./, 3_000);
  });

  it('unbalanced braces: the entry is named with its line and reason', async () => {
    const text = '@misc{broken,\n  title = {Never closed,\n  year = {2020}\n';
    await expectRefused(new File([text], 'broken.bib'), /^broken\.bib: no entry could be imported \(1 skipped; first: line 1, broken: unbalanced braces or quotes/, 3_000);
  });

  it('@string loops resolve to an error, not a hang', async () => {
    const text = '@string{a = b # a}\n@string{b = a # b}\n@misc{looped, title = a # b}\n';
    await expectRefused(new File([text], 'loop.bib'), /^loop\.bib: no entry could be imported \(3 skipped; first: line 1, @string a: uses @string "b", which is undefined or defined through itself\)/, 3_000);
  });

  it('a binary file named .ris', async () => {
    const bytes = new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 256);
    await expectRefused(new File([bytes], 'photo.ris'), /^photo\.ris is not a text file \(it holds binary data\), so it cannot be BibTeX, RIS or CSL-JSON\. Nothing was imported\.$/, 3_000);
  });

  it('a good entry beside bad ones is imported, the bad ones reported by line', async () => {
    const text = '@misc{good, title = {Stored paper}, eprint = {2510.00001}}\n\n@misc{bad, title = {oops}\n';
    const outcome = await runReferenceImport({ file: new File([text], 'mixed.bib'), target: { kind: 'none' } });
    expect(outcome).toMatchObject({ ok: true, report: { matched: 1, skipped: 1, problems: [{ line: 3, entry: 'bad' }] } });
  });
});
