import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { bookmarkFirst, LibraryModel } from './support/library-model.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING } from './support/paths.ts';
import { ViewsModel } from './views-model.ts';

// Issues #3 and #17: every page in light, dark and on a 360 px phone, from the real corpus,
// into a temporary folder (E2E_SCREENSHOT_DIR, else <tmp>/paperfeed-screenshots) to look
// at; the README's pictures in docs/screenshots are copied from there by hand.

const dir = process.env.E2E_SCREENSHOT_DIR ?? join(tmpdir(), 'paperfeed-screenshots');
mkdirSync(dir, { recursive: true });

const LOOKS = [
  { look: 'light', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { look: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  { look: 'phone', colorScheme: 'light', viewport: { width: 360, height: 740 } },
] as const;

/** Each page: how to get there and what shows it is ready. */
const PAGES: { name: string; open(views: ViewsModel, page: Page): Promise<void> }[] = [
  {
    name: 'day',
    async open(views) {
      await views.open('/papers/date/2025-10-03');
      await expect(views.count).toHaveText('50 papers');
      await expect(views.articles.nth(2)).toBeVisible();
    },
  },
  {
    name: 'week',
    async open(views) {
      await views.open('/papers/week/2025-W40');
      await expect(views.count).toHaveText(/^\d+ papers$/);
      await expect(views.articles.nth(2)).toBeVisible();
    },
  },
  {
    name: 'month',
    async open(views) {
      await views.open('/papers/month/2025-10');
      await expect(views.count).toHaveText('923 papers');
      await expect(views.articles.nth(2)).toBeVisible();
    },
  },
  {
    name: 'paper',
    async open(views) {
      await views.open('/papers/2510.02314');
      await expect(views.main.getByRole('heading', { name: 'AI summary' })).toBeVisible();
    },
  },
  {
    name: 'library',
    async open(views, page) {
      await views.open('/papers/date/2025-10-03');
      await bookmarkFirst(page, 3);
      await page.getByRole('main').getByRole('article').nth(1).getByRole('button', { name: 'Read' }).click();
      const library = new LibraryModel(page);
      await library.open();
      await expect(library.items).toHaveCount(3);
    },
  },
  {
    name: 'import',
    async open(views) {
      await views.open('/import');
      await expect(views.main.getByRole('heading', { level: 1, name: 'Import papers' })).toBeVisible();
    },
  },
  {
    name: 'search',
    async open(views) {
      await views.open('/search?q=gaussian+splatting');
      await expect(views.main.getByRole('article').nth(2)).toBeVisible({ timeout: 60_000 });
    },
  },
];

test.describe('screenshots', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  for (const { name, open } of PAGES) {
    test(`${name}: light, dark and phone`, async ({ page }) => {
      const views = new ViewsModel(page);
      for (const { look, colorScheme, viewport } of LOOKS) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize(viewport);
        if (look === 'light') await open(views, page);
        else await page.evaluate(() => window.scrollTo(0, 0));
        // Nothing may be wider than the window, on a phone least of all.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} ${look}`).toBeLessThanOrEqual(viewport.width);
        await page.screenshot({ path: join(dir, `${name}-${look}.png`) });
      }
    });
  }
});
