import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { demoUrl, expect, realUrl, test } from './support/fixtures.ts';
import { repoRoot } from './support/paths.ts';
import { LibraryModel, waitForServiceWorker } from './pages/library-model.ts';

// Issue #12 acceptance: import from reference managers, copy citations, metadata tools read.
test.use({ serviceWorkers: 'allow' });

const fixtures = resolve(repoRoot, 'src/domain/library/reference-import/fixtures');
const MATCHED = [
  'LongCodeZip: Compress Long Context for Code Language Models',
  'Self-Forcing++: Towards Minute-Scale High-Quality Video Generation',
  "Sample, Don't Search: Rethinking Test-Time Alignment for Language Models",
];

test('a Zotero .bib goes into a new collection: matched papers bookmarked, the others listed; APA from the clipboard; citation_title after navigation', async ({ context, page, feedPage }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: realUrl });
  await feedPage.goto(realUrl);
  await feedPage.expectImportSettled();
  const library = new LibraryModel(page);
  await library.open();

  const panel = page.getByRole('region', { name: 'Import references' });
  await panel.getByRole('combobox', { name: 'Put them in' }).selectOption({ label: 'A new collection…' });
  await panel.getByRole('textbox', { name: 'Name of the new collection' }).fill('From Zotero');
  await panel.getByLabel('Choose a .bib, .ris or .json file').setInputFiles(resolve(fixtures, 'zotero.bib'));
  await expect(panel.getByRole('status')).toContainText('zotero.bib (BibTeX): 4 matched (4 newly bookmarked), 2 not in the corpus, kept (2 new), 2 skipped.');
  await expect(panel.getByRole('listitem')).toHaveText([
    'Line 67, untitledNote2024: has no title, and no arXiv id or DOI of a stored paper',
    'Line 73, cuiDuplicate2025: the same work as cuiSelfForcingMinuteScaleHighQuality2025 (line 23)',
  ]);

  await page.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'From Zotero' });
  await expect(page.getByRole('heading', { level: 1, name: 'From Zotero' })).toBeVisible();
  for (const title of MATCHED) await expect(library.item(title).getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');
  const works = page.getByRole('region', { name: /Imported works not in the corpus/ });
  await expect(works.getByRole('article', { name: 'Attention Is All You Need' })).toContainText('Advances in Neural Information Processing Systems');
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('knuth');
  await expect(library.items).toHaveCount(1);
  await expect(works.getByRole('article')).toHaveAccessibleName(/^The Art of Computer Programming/);
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('');

  // A selection (a bookmark and an imported work) exports alone, as BibTeX and as RIS.
  await library.item(MATCHED[0]!).getByRole('checkbox', { name: `Select ${MATCHED[0]}` }).check();
  await works.getByRole('article', { name: 'Attention Is All You Need' }).getByRole('checkbox', { name: 'Select Attention Is All You Need' }).check();
  await expect(page.getByText('Citations of the 2 selected entries:')).toBeVisible();
  const bibDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export BibTeX' }).click();
  const bib = await readFile((await (await bibDownload).path())!, 'utf8');
  const parsed = parse(bib, { sentenceCase: false });
  expect(parsed.errors).toEqual([]);
  expect(parsed.entries.map((e) => [e.type, e.key])).toEqual([
    ['misc', 'shiLongCodeZipCompressLong2025'],
    ['inproceedings', 'vaswaniAttentionAllYou2017'],
  ]);
  expect(parsed.entries[0]!.fields.doi).toBe('10.48550/arXiv.2510.00446');
  const risDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export RIS' }).click();
  const download = await risDownload;
  expect(download.suggestedFilename()).toBe('paperfeed-selection.ris');
  const ris = await readFile((await download.path())!, 'utf8');
  expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
  expect(ris).toContain('TI  - Attention Is All You Need');
  await page.getByRole('button', { name: 'Clear selection' }).click();

  // Client-side navigation to a paper page: its Highwire tags and title follow it.
  await library.item(MATCHED[0]!).getByRole('link', { name: MATCHED[0]!, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: MATCHED[0]! })).toBeVisible();
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', MATCHED[0]!);
  await expect(page.locator('meta[name="citation_arxiv_id"]')).toHaveAttribute('content', '2510.00446');
  await expect(page.locator('meta[name="citation_author"]').first()).toHaveAttribute('content', 'Yuling Shi');
  await expect(page).toHaveTitle(`${MATCHED[0]} · paperfeed`);

  // One Cite menu holds every format: the styles (citation.js, loaded on first use), BibTeX and RIS.
  await expect(page.getByRole('combobox', { name: 'Citation style' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Cite', exact: true }).click();
  await page.getByRole('radio', { name: 'APA' }).check();
  await page.getByRole('button', { name: 'Copy APA' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the APA citation.' })).toBeVisible({ timeout: 30_000 });
  const apa = await page.evaluate(() => navigator.clipboard.readText());
  expect(apa).toMatch(/^Shi, Y\., Qian, Y\., .*\(2025\)\. LongCodeZip: Compress Long Context for Code Language Models \(Preprint 2510\.00446\)\. arXiv\. https:\/\/doi\.org\/10\.48550\/arXiv\.2510\.00446$/);
  await page.getByRole('radio', { name: 'BibTeX' }).check();
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied BibTeX.' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('@misc{shiLongCodeZipCompressLong2025,');
  await page.getByRole('radio', { name: 'RIS' }).check();
  await page.getByRole('button', { name: 'Copy RIS' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied RIS.' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^TY {2}- [\s\S]*\nTI {2}- LongCodeZip: Compress Long Context for Code Language Models\n[\s\S]*\nER {2}- \n?$/);
  await page.keyboard.press('Escape');

  // Back in the library and to another paper: the tags are the new paper's, once.
  await page.goBack();
  await library.item(MATCHED[1]!).getByRole('link', { name: MATCHED[1]!, exact: true }).click();
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', MATCHED[1]!);
  await expect(page.locator('meta[name="citation_title"]')).toHaveCount(1);
});

test('offline, a paper page still renders and copies citations (processor and styles are precached)', async ({ context, page, feedPage }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demoUrl });
  await feedPage.goto(demoUrl);
  await feedPage.expectImportSettled();
  const first = feedPage.articles.first();
  const title = (await first.getByRole('heading').textContent())!.replace(/\s+/g, ' ').trim();
  await first.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', title);
  // The keyboard path: c opens the Cite menu on the chosen format, the arrows choose another.
  await page.keyboard.press('c');
  await expect(page.getByRole('radio', { name: 'BibTeX' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'IEEE' })).toBeChecked();
  await expect.poll(() => page.getByRole('textbox', { name: 'IEEE' }).inputValue(), { timeout: 30_000 }).toContain(`“${title},”`);
  await page.getByRole('button', { name: 'Copy IEEE' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the IEEE citation.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\[1\] .*“.*,” .*arXiv/);
});

test('a binary file named .ris and a 20 MB .bib are refused at once, the page responsive and the library unchanged', async ({ page, feedPage }) => {
  await feedPage.goto(realUrl);
  await feedPage.expectImportSettled();
  const library = new LibraryModel(page);
  await library.open();
  await expect(library.status).toHaveText('0 bookmarks');
  const panel = page.getByRole('region', { name: 'Import references' });
  const input = panel.getByLabel('Choose a .bib, .ris or .json file');

  const binary = Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 7919) % 256));
  await input.setInputFiles({ name: 'photo.ris', mimeType: 'application/octet-stream', buffer: binary });
  await expect(panel.getByRole('alert')).toHaveText('photo.ris is not a text file (it holds binary data), so it cannot be BibTeX, RIS or CSL-JSON. Nothing was imported.', { timeout: 5_000 });

  const entry = Buffer.from('@misc{k, title = {A title that repeats}, author = {Someone}, year = {2020}}\n');
  const huge = Buffer.alloc(20 * 1024 * 1024, entry);
  await input.setInputFiles({ name: 'huge.bib', mimeType: 'application/x-bibtex', buffer: huge });
  await expect(panel.getByRole('alert')).toHaveText(/^huge\.bib is 20\.0 MB; paperfeed imports reference files of up to 10\.0 MB\./, { timeout: 5_000 });

  // The page answers at once: the filter box takes typing, and nothing was stored.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('anything');
  await expect(page.getByRole('searchbox', { name: 'Search the library' })).toHaveValue('anything');
  await expect(library.status).toHaveText('0 of 0 entries');
  await expect(library.items).toHaveCount(0);
});
