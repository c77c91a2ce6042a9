import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citablesToBibtex } from '../../src/domain/library/bibtex.ts';
import { citableFromPaper, type Citable } from '../../src/domain/library/citable.ts';
import { readRealPapers } from '../../src/testing/real-papers.ts';
import { expect, realUrl, test } from './support/fixtures.ts';
import { LibraryModel } from './pages/library-model.ts';
import { LONG_TASK_SCRIPT, startLongTasks, stopLongTasks } from './support/long-tasks.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING } from './support/paths.ts';

// Issue #12: a 5,000-entry .bib (the most one import takes) must not freeze the page.
test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

/** 4,000 papers of the real corpus (matched by eprint) and 1,000 works outside it. */
async function bigBib(): Promise<string> {
  const papers = readRealPapers().slice(0, 4_000).map(citableFromPaper);
  const others: Citable[] = Array.from({ length: 1_000 }, (_, i) => ({ id: `other-${i}`, kind: 'article', title: `A study outside the corpus, number ${i + 1}`, authors: [`Ann Author${i}`, 'Bo Writer'], issued: [2000 + (i % 25)], container: 'Journal of Tests' }));
  const dir = await mkdtemp(join(tmpdir(), 'paperfeed-bib-'));
  const file = join(dir, 'library-5000.bib');
  await writeFile(file, citablesToBibtex([...papers, ...others]));
  return file;
}

/**
 * The goal is no task over 100 ms. Not met yet: on a loaded 2-core host (load 25 to 33)
 * the longest was 395 to 670 ms, one task right after the import commits, when the
 * library's live query reads the 4,000 new bookmarks (parsing and matching in the worker
 * stay under 90 ms on the page). This bound catches a return of the 1.47 s freeze.
 */
const LONGEST_TASK_BUDGET_MS = 1_000;

test('importing a 5,000-entry .bib keeps the page responsive: no main-thread freeze', async ({ page, feedPage }) => {
  test.setTimeout(300_000);
  const file = await bigBib();
  await page.addInitScript(LONG_TASK_SCRIPT);
  await feedPage.goto(realUrl);
  await feedPage.expectImportSettled();
  const library = new LibraryModel(page);
  await library.open();
  const panel = page.getByRole('region', { name: 'Import references' });
  await startLongTasks(page);
  await panel.getByLabel('Choose a .bib, .ris or .json file').setInputFiles(file);
  // Waited for in the page: Playwright's own retries (aria snapshots) would be long tasks too.
  await page.waitForFunction(() => document.querySelector('main h1 + p[role="status"]')?.textContent === '4,000 bookmarks, 1,000 imported works', undefined, { polling: 500, timeout: 240_000 });
  const tasks = await stopLongTasks(page);
  await expect(panel.getByRole('status').filter({ hasText: 'library-5000.bib (BibTeX)' })).toContainText('4,000 matched (4,000 newly bookmarked), 1,000 not in the corpus, kept (1,000 new), 0 skipped.');
  await expect(library.status).toHaveText('4,000 bookmarks, 1,000 imported works');
  console.log(`5,000-entry .bib import: longest main-thread task ${tasks[0]?.ms ?? 0} ms; tasks over 50 ms: ${JSON.stringify(tasks.slice(0, 10))}`);
  expect(tasks.filter((t) => t.ms > LONGEST_TASK_BUDGET_MS)).toEqual([]);
});
