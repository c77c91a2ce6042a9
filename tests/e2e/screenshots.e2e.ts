import { resolve } from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { hasSharedCorpus, repoRoot, SHARED_CORPUS_MISSING } from './support/paths.ts';
import { ViewsModel } from './views-model.ts';

// Issue #3 acceptance: screenshots for the README, taken from the real corpus.

const shots = (name: string) => resolve(repoRoot, 'docs/screenshots', name);

test.describe('screenshots', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  for (const { name, colorScheme, viewport } of [
    { name: 'day-light.png', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
    { name: 'day-dark.png', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
    { name: 'day-phone.png', colorScheme: 'light', viewport: { width: 360, height: 780 } },
  ] as const) {
    test(`day view: ${name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(viewport);
      const views = new ViewsModel(page);
      await views.open('/papers/date/2025-10-03');
      await expect(views.articles.nth(2)).toBeVisible();
      await expect(views.count).toHaveText('50 papers');
      // Nothing may be wider than the window, on a phone least of all.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: shots(name) });
    });
  }

  test('paper page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    const views = new ViewsModel(page);
    await views.open('/papers/2510.02314');
    await expect(views.main.getByRole('heading', { name: 'AI summary' })).toBeVisible();
    await page.screenshot({ path: shots('paper-page.png') });
  });
});
