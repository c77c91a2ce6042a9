import { resolve } from 'node:path';
import { expect, realUrl, test } from './support/fixtures.ts';
import { LibraryModel } from './pages/library-model.ts';
import { repoRoot } from './support/paths.ts';

// Issue #12: imported works (and the bookmarks an import made) go into, out of and between collections.
const fixture = resolve(repoRoot, 'src/domain/library/reference-import/fixtures/zotero.bib');
const PAPER = 'LongCodeZip: Compress Long Context for Code Language Models';
const WORK = 'Attention Is All You Need';

test('an imported work and a matched bookmark: into a collection, moved to another, kept after a reload', async ({ page, feedPage }) => {
  await feedPage.goto(realUrl);
  await feedPage.expectImportSettled();
  const library = new LibraryModel(page);
  await library.open();
  await page.getByRole('region', { name: 'Import references' }).getByLabel('Choose a .bib, .ris or .json file').setInputFiles(fixture);
  await expect(page.getByRole('region', { name: 'Import references' }).getByRole('status')).toContainText('4 matched');
  await library.createCollection('Reading group');
  await library.createCollection('Thesis');

  const work = page.getByRole('region', { name: /Imported works not in the corpus/ }).getByRole('article', { name: WORK });
  await work.getByRole('checkbox', { name: 'Reading group' }).check();
  await library.addToCollection(PAPER, 'Reading group');
  await page.getByRole('button', { name: 'Reading group', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reading group' })).toBeVisible();
  await expect(library.items).toHaveCount(2);

  await library.item(PAPER).getByRole('checkbox', { name: `Select ${PAPER}` }).check();
  await work.getByRole('checkbox', { name: `Select ${WORK}` }).check();
  const panel = page.getByRole('region', { name: 'Collections of the selection' });
  await panel.getByRole('combobox', { name: 'Collection for the 2 selected entries' }).selectOption({ label: 'Thesis' });
  await panel.getByRole('button', { name: 'Move from “Reading group” to “Thesis”' }).click();
  await expect(panel.getByRole('status')).toHaveText('Moved from "Reading group" to "Thesis" (2 entries changed).');
  await expect(library.items).toHaveCount(0);

  await page.reload();
  await page.getByRole('button', { name: 'Thesis', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thesis' })).toBeVisible();
  await expect(library.item(PAPER)).toBeVisible();
  await expect(work.getByRole('checkbox', { name: 'Thesis' })).toBeChecked();
  await expect(work.getByRole('checkbox', { name: 'Reading group' })).not.toBeChecked();
});
