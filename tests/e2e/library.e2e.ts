import { readFile } from 'node:fs/promises';
import { parse } from '@retorquere/bibtex-parser';
import { demoUrl, expect, test } from './support/fixtures.ts';
import { bookmarkFirst, LibraryModel, libraryWithBookmarks, waitForServiceWorker } from './pages/library-model.ts';

// Issue #5 acceptance: the library survives a reload and works offline, syncs across tabs, exports BibTeX.
test.use({ serviceWorkers: 'allow' });

test('bookmarks, a collection and a note survive a reload, then work offline with the feed, a paper page and search', async ({ page, context, feedPage }) => {
  const { titles, library } = await libraryWithBookmarks(page, feedPage, demoUrl, 3);
  await library.createCollection('Reading group');
  await library.addToCollection(titles[0]!, 'Reading group');
  await library.addToCollection(titles[1]!, 'Reading group');
  await library.writeNote(titles[0]!, 'Check the proofs in section 3');

  await page.reload();
  await library.expectTitles(titles);
  await expect(library.item(titles[0]!).getByRole('checkbox', { name: 'Reading group' })).toBeChecked();
  await expect(library.item(titles[2]!).getByRole('checkbox', { name: 'Reading group' })).not.toBeChecked();
  await expect(library.item(titles[0]!).getByRole('textbox', { name: 'Note' })).toHaveValue('Check the proofs in section 3');

  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await library.expectTitles(titles);
  await expect(library.item(titles[0]!).getByRole('textbox', { name: 'Note' })).toHaveValue('Check the proofs in section 3');
  await page.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'Reading group' });
  await library.expectTitles(titles.slice(0, 2));

  // The feed, offline: the same papers, still bookmarked.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Daily' }).click();
  const first = feedPage.article(titles[2]!);
  await expect(first.getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');

  // A paper page, offline; opening it marks it read.
  await first.getByRole('link', { name: titles[2]!, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: titles[2]! })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Read' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');

  // Search, offline.
  const words = titles[1]!.split(' ').filter((w) => /^[A-Za-z]{5,}$/.test(w)).slice(0, 3).join(' ');
  await page.getByRole('searchbox', { name: 'Search papers' }).fill(words);
  await page.getByRole('searchbox', { name: 'Search papers' }).press('Enter');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('article').first()).toBeVisible({ timeout: 30_000 });

  // Editing the library offline, from the keyboard: b on a paper page removes the bookmark.
  await page.goBack();
  const heading = page.getByRole('heading', { level: 1, name: titles[2]! });
  await expect(heading).toBeVisible();
  // Focus leaves the search box (where b is a letter) for the page.
  await heading.click();
  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'false');
  await library.open();
  await library.expectTitles(titles.slice(0, 2));
});

test('a second tab sees a new bookmark within a second', async ({ context, page, feedPage }) => {
  await feedPage.goto(demoUrl);
  await feedPage.expectImportSettled();
  const other = await context.newPage();
  await other.goto(new URL('library', demoUrl).href);
  const otherLibrary = new LibraryModel(other);
  await expect(other.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(otherLibrary.items).toHaveCount(0);

  const [title] = await bookmarkFirst(page, 1);
  await expect(otherLibrary.item(title!)).toBeVisible({ timeout: 1_000 });
});

test('exports the library as BibTeX with every bookmarked paper', async ({ page, feedPage }) => {
  const { titles } = await libraryWithBookmarks(page, feedPage, demoUrl, 3);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export BibTeX' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('paperfeed-library.bib');
  const bib = await readFile((await download.path())!, 'utf8');
  const parsed = parse(bib, { sentenceCase: false });
  expect(parsed.errors).toEqual([]);
  expect(parsed.entries.map((e) => e.type)).toEqual(['misc', 'misc', 'misc']);
  const exported = parsed.entries.map((e) => e.fields.title!.normalize('NFC').replace(/\s+/g, ' '));
  expect([...exported].sort()).toEqual([...titles].sort());
  for (const entry of parsed.entries) expect(entry.fields.archiveprefix).toBe('arXiv');
});
