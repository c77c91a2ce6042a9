import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { bookmarkFirst, LibraryModel } from './pages/library-model.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING } from './support/paths.ts';
import { ViewsModel } from './pages/views-model.ts';

// Issues #3 and #17: every page in light, dark and on a 360 px phone, from the real corpus,
// into a temporary folder (E2E_SCREENSHOT_DIR, else <tmp>/paperfeed-screenshots) to look
// at; the README's pictures in docs/screenshots are copied from there by hand.

const dir = process.env.E2E_SCREENSHOT_DIR ?? join(tmpdir(), 'paperfeed-screenshots');
mkdirSync(dir, { recursive: true });

const LOOKS = [
  { look: 'light', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { look: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  { look: 'phone', colorScheme: 'light', viewport: { width: 360, height: 740 } },
  { look: 'phone-dark', colorScheme: 'dark', viewport: { width: 360, height: 740 } },
] as const;

/** A day, week or month view, ready once its count shows and its first cards are drawn. */
function periodPage(name: string, path: string, count: string | RegExp) {
  return {
    name,
    async open(views: ViewsModel) {
      await views.open(path);
      await expect(views.count).toHaveText(count);
      await expect(views.articles.nth(2)).toBeVisible();
    },
  };
}

/** Each page: how to get there and what shows it is ready. */
const PAGES: { name: string; open(views: ViewsModel, page: Page): Promise<void> }[] = [
  periodPage('day', '/papers/date/2025-10-03', '50 papers'),
  periodPage('week', '/papers/week/2025-W40', /^\d+ papers$/),
  periodPage('month', '/papers/month/2025-10', '923 papers'),
  {
    name: 'paper',
    async open(views) {
      await views.open('/papers/2510.02314');
      await expect(views.main.getByRole('heading', { name: 'AI summary' })).toBeVisible();
    },
  },
  {
    name: 'paper-cite',
    async open(views, page) {
      await views.open('/papers/2510.02314');
      await views.button('Cite').click();
      await page.getByRole('radio', { name: 'APA' }).check();
      await expect(page.getByRole('textbox', { name: 'APA' })).toHaveValue(/StealthAttack/, { timeout: 30_000 });
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
  {
    // A search narrowed by the URL's filters, as a shared link opens it. (No category: the
    // real corpus comes from Hugging Face, whose papers carry none; so no category page here.)
    name: 'search-filters',
    async open(views) {
      await views.open('/search?q=language&from=2025-09-01&to=2025-10-31&min=5&sort=upvotes');
      await expect(views.main.getByRole('article').nth(2)).toBeVisible({ timeout: 60_000 });
    },
  },
  {
    name: 'settings',
    async open(views) {
      await views.open('/settings');
      await expect(views.main.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
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
