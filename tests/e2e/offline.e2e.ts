import { demoUrl, expect, test } from './support/fixtures.ts';
import { waitForServiceWorker } from './pages/library-model.ts';

// Issue #5: after one visit the app starts offline, deep links included, and says it is offline.
test.use({ serviceWorkers: 'allow' });

test('after one visit, a deep link opens with the network off and the app says it is offline', async ({ context, page, feedPage }) => {
  await feedPage.goto(demoUrl);
  await feedPage.expectImportSettled();
  const title = (await feedPage.articles.first().getByRole('heading').textContent())!.replace(/\s+/g, ' ').trim();
  const dayLink = feedPage.articles.first().getByRole('link').filter({ has: page.locator('time') });
  const dayPath = new URL((await dayLink.getAttribute('href'))!, demoUrl).href;
  await waitForServiceWorker(page);

  await context.setOffline(true);
  const offline = await context.newPage();
  await offline.goto(dayPath);
  await expect(offline.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await expect(offline.getByRole('main').getByRole('article', { name: title, exact: true })).toBeVisible();

  await offline.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(offline.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(offline.getByText('Used by paperfeed')).toBeVisible();
  await expect(offline.getByText(/^Offline: stored papers/)).toBeVisible();

  await context.setOffline(false);
  await expect(offline.getByRole('status').filter({ hasText: 'Offline' })).toHaveCount(0);
});
