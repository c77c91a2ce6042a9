import { expect, test } from './support/fixtures.ts';
import { demoUrl } from './support/paths.ts';
import { SearchPageModel } from './pages/search-page.ts';

// Issue #13 item 3: the URL owns the search query. Back and forward refill the box, the
// filters and the sort from the URL alone (there is no other copy to go stale).

test('back and forward refill the box, the filters and the sort from the URL', async ({ page }) => {
  const search = new SearchPageModel(page);
  await search.openApp(demoUrl);
  await search.type('model');
  await expect(page).toHaveURL(/\/search\?q=model$/);
  const sort = search.sort;
  await sort.selectOption('upvotes');
  await expect(page).toHaveURL(/\/search\?q=model&sort=upvotes$/);

  // A second search, typed over the first: one history entry per search, not per key.
  await search.box.fill('');
  await search.box.pressSequentially('learning');
  await expect(page).toHaveURL(/\/search\?q=learning&sort=upvotes$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=model$/);
  await expect(search.box).toHaveValue('model');
  await expect(sort).toHaveValue('relevance');

  await page.goForward();
  await expect(page).toHaveURL(/\/search\?q=learning&sort=upvotes$/);
  await expect(search.box).toHaveValue('learning');
  await expect(sort).toHaveValue('upvotes');

  // Off /search the URL holds no query, so the box is empty; forward refills it.
  await page.goBack();
  await page.goBack();
  await expect(search.box).toHaveValue('');
  await page.goForward();
  await expect(search.box).toHaveValue('model');
});

test('a link with ?q= opens its results, and text typed then left at once still reaches the URL', async ({ page }) => {
  const search = new SearchPageModel(page);
  await search.openApp(`${demoUrl}search?q=model&sort=upvotes`);
  await expect(search.box).toHaveValue('model');
  await expect(search.sort).toHaveValue('upvotes');
  await expect(search.results.first()).toBeVisible({ timeout: 30_000 });

  // The typed text is searched at once and written to the URL when typing pauses; a click
  // elsewhere right after the last key writes it first (the box's blur), so back from the
  // place the click led to returns to this search.
  await search.box.fill('');
  await search.box.pressSequentially('learning');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page).toHaveURL(/\/library$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=learning&sort=upvotes$/);
  await expect(search.box).toHaveValue('learning');
});
