import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReplayServer, type ReplayServer } from '../../scripts/lib/hf-replay-server.ts';
import { demoUrl, expect, test } from './support/fixtures.ts';
import { ImportPage } from './pages/import-page.ts';
import type { Locator, Page } from '@playwright/test';
import { bookmarkFirst, LibraryModel } from './pages/library-model.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING, sharedHfDailyDir } from './support/paths.ts';
import { accessibleTitle, rankedPapers } from './support/real-period.ts';
import { titlesOf } from './support/real-days.ts';
import { hfDayTitles, ViewsModel } from './pages/views-model.ts';
import { formatPaperCount } from '../../src/domain/format/count.ts';

// Issue #17 acceptance: what a new reader trips over on the first morning, one test per
// numbered point, in Chromium on the real corpus (point 8, the build, has its own file).

test.describe('the first morning, on the real corpus', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  test('1. the month ranked by upvotes puts its most upvoted paper first; newest keeps the days', async ({ page }) => {
    const views = new ViewsModel(page);
    const [top, second] = rankedPapers('2025-10');
    await views.open('/papers/month/2025-10');
    await expect(views.count).toHaveText(formatPaperCount(rankedPapers('2025-10').length));
    await expect(views.articles.first()).toHaveAccessibleName(accessibleTitle(top!));
    await expect(views.articles.first().getByLabel(`${top!.upvotes} upvotes`, { exact: true })).toBeVisible();
    await expect(views.articles.nth(1)).toHaveAccessibleName(accessibleTitle(second!));
    // The month's top paper is not on its newest day: the old day-grouped order hid it.
    expect(top!.date).not.toBe('2025-10-31');
    await expect(views.main.getByRole('heading', { level: 2 })).toHaveCount(0);

    await views.main.getByRole('combobox', { name: 'Sort by' }).selectOption('newest');
    await expect(page).toHaveURL(/\/papers\/month\/2025-10\?sort=newest$/);
    await expect(views.main.getByRole('heading', { level: 2 }).first()).toHaveText(/^Friday, October 31 · 29 papers/);
    await page.reload();
    await expect(views.main.getByRole('heading', { level: 2 }).first()).toHaveText(/^Friday, October 31 · 29 papers/);
  });

  test('2. on a 360×740 phone, once scrolled, the header is at most 15% of the screen and opaque', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-03');
    await expect(views.articles.first()).toBeVisible();
    const header = page.getByRole('banner');
    const height = async () => (await header.boundingBox())!.height;
    expect(await height()).toBeGreaterThan(740 * 0.15); // the full header, at the top

    await page.mouse.move(180, 500);
    await page.mouse.wheel(0, 2400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect.poll(height).toBeLessThanOrEqual(740 * 0.15);
    const background = await header.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(alphaOf(background), `header background ${background}`).toBe(1);
    expect(await header.evaluate((el) => getComputedStyle(el).backdropFilter)).toBe('none');
    // Still a search box up there, and the navigation comes back at the top.
    await expect(page.getByRole('searchbox', { name: 'Search papers' })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('3. from the demo corpus, one click brings the real days from a replayed Hugging Face, and it stays on', async ({ page, context, feedPage }) => {
    const server: ReplayServer = await startReplayServer({ dir: sharedHfDailyDir, port: 0 });
    try {
      await page.clock.setFixedTime(new Date('2025-10-31T18:00:00Z'));
      await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
      await context.route(/^https:\/\/huggingface\.co\/api\/daily_papers/, async (route) => {
        const asked = new URL(route.request().url());
        await route.fulfill({ response: await route.fetch({ url: `${server.url}${asked.pathname}${asked.search}` }) });
      });
      await feedPage.goto(demoUrl);
      await feedPage.expectImportSettled();
      const note = page.getByRole('note', { name: 'Demo data' });
      await expect(note).toContainText('These papers are generated, not real.');

      await note.getByRole('button', { name: 'Fetch real papers from Hugging Face' }).click();

      await expect(page.getByRole('status', { name: 'Live refresh' })).toContainText('2025-10-31 (29 papers)', { timeout: 60_000 });
      await expect(note).toBeHidden();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Daily' }).click();
      await feedPage.expectDay(await titlesOf('2025-10-31'));
      // The last four weeks, and nothing of the demo's newer days left.
      expect(server.requests[0]).toMatch(/^\/api\/daily_papers\?date=2025-10-04&/);
      await expect(page.getByRole('main').getByRole('link', { name: 'Next day' })).toHaveCount(0);

      await page.reload();
      await feedPage.expectImportSettled();
      await feedPage.expectDay(await titlesOf('2025-10-31'));
      await expect(note).toBeHidden();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
      await expect(page.getByRole('checkbox', { name: 'Fetch new days from Hugging Face' })).toBeChecked();
    } finally {
      await server.close();
    }
  });

  test('4. with "only by hand", o then Esc leaves the paper unread', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/settings');
    await page.getByRole('radio', { name: 'Only by hand (the Read button, or m)' }).check();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Daily' }).click();
    const titles = hfDayTitles('2025-10-31');
    await expect(views.articles.first()).toHaveAccessibleName(titles[0]!);
    await expect(views.main.getByText(`${titles.length} unread`, { exact: true })).toBeVisible();

    await page.keyboard.press('j');
    await page.keyboard.press('o');
    await expect(views.heading).toHaveText(titles[0]!);
    await expect(views.main.getByRole('button', { name: 'Read' })).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Escape');

    await expect(views.articles.first()).toHaveAttribute('aria-current', 'true');
    await expect(views.articles.first().getByRole('button', { name: 'Read' })).toHaveAttribute('aria-pressed', 'false');
    await expect(views.main.getByText(`${titles.length} unread`, { exact: true })).toBeVisible();
    // By hand it still works.
    await page.keyboard.press('m');
    await expect(views.main.getByText(`${titles.length - 1} unread`, { exact: true })).toBeVisible();
  });

  test('5. cards say what they show: labelled stars, "1 upvote", library dates like everywhere else', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-11-03T12:00:00Z'));
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-03');
    const card = views.main.getByRole('article', { name: /^StealthAttack/ });
    const stars = card.getByRole('img', { name: '39 GitHub stars' });
    await expect(stars).toBeVisible();
    await expect(stars).toHaveAttribute('title', '39 GitHub stars');
    await expect(card.getByLabel('46 upvotes', { exact: true })).toBeVisible();

    const single = rankedPapers('2025-10').find((p) => p.upvotes === 1)!;
    await page.goto(new URL(`/papers/${single.id}`, page.url()).href);
    await expect(views.main.getByText('▲ 1 upvote', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Bookmark' }).first().click();
    const library = new LibraryModel(page);
    await library.open();
    await expect(library.item(accessibleTitle(single))).toContainText('Bookmarked Nov 3, 2025');
  });

  test('6. the paper page links Hugging Face, its keywords to a search, and cites as BibTeX', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const views = new ViewsModel(page);
    await views.open('/papers/2510.02314');
    await expect(views.link('Hugging Face')).toHaveAttribute('href', 'https://huggingface.co/papers/2510.02314');

    await views.button('Cite').click();
    const bibtex = views.main.getByRole('textbox', { name: 'BibTeX' });
    await expect(bibtex).toHaveValue(/^@misc\{keStealthAttackRobust3D2025,\n {2}title = \{\{StealthAttack: Robust 3D Gaussian Splatting Poisoning\} via \{Density-Guided Illusions\}\},/);
    await expect(bibtex).toHaveValue(/eprint = \{2510\.02314\}/);
    await views.button('Copy BibTeX').click();
    await expect(views.main.getByRole('status').filter({ hasText: 'Copied BibTeX.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await bibtex.inputValue());
    await page.keyboard.press('Escape');
    await expect(bibtex).toBeHidden();
    await expect(page).toHaveURL(/\/papers\/2510\.02314$/);

    await views.link('Search for Kernel Density Estimation').click();
    await expect(page).toHaveURL(/\/search\?q=%22Kernel\+Density\+Estimation%22$/);
    await expect(views.main.getByRole('article', { name: /^StealthAttack/ })).toBeVisible({ timeout: 60_000 });
  });

  test('7. empty places point somewhere: past the corpus, an empty library, an empty file', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-11-04');
    await expect(views.main).toContainText('No papers on Tuesday, November 4, 2025.');
    await expect(views.main).not.toContainText('Try the previous');
    await views.link('Friday, October 31, 2025').click();
    await expect(page).toHaveURL(/\/papers\/date\/2025-10-31$/);

    const library = new LibraryModel(page);
    await library.open();
    const exportBibtex = views.button('Export BibTeX');
    await expect(exportBibtex).toBeDisabled();
    await expect(exportBibtex).toHaveAccessibleDescription(/nothing to export yet\. Bookmark papers to cite them\./);

    const dir = await mkdtemp(join(tmpdir(), 'paperfeed-e2e-empty-'));
    await writeFile(join(dir, 'empty.json'), '[]');
    const importPage = new ImportPage(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await importPage.chooseFiles.setInputFiles(join(dir, 'empty.json'));
    await importPage.expectCount('New', 0);
    await expect(importPage.report.getByRole('note')).toHaveText('empty.json held no papers: nothing was imported from it.');
  });

  test('9. keys act on the period they lead to, pressed with no wait under a 4× CPU slowdown', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-03');
    await expect(views.articles.first()).toHaveAccessibleName(hfDayTitles('2025-10-03')[0]!);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      await page.keyboard.press(']');
      await page.keyboard.press('w');
      await expect(page).toHaveURL(/\/papers\/week\/2025-W41$/);
      await expect(views.heading).toHaveText('Week 41 · Oct 6 – Oct 12, 2025');

      await page.keyboard.press('[');
      await page.keyboard.press('[');
      await page.keyboard.press('m');
      await expect(page).toHaveURL(/\/papers\/month\/2025-09$/);
      await expect(views.heading).toHaveText('September 2025');

      await page.keyboard.press(']');
      await page.keyboard.press('d');
      await expect(page).toHaveURL(/\/papers\/date\/2025-10-31$/);
      await expect(views.articles.first()).toHaveAccessibleName(hfDayTitles('2025-10-31')[0]!);

      // Five days back from Friday the 31st is Friday the 24th, in the week before.
      for (let i = 0; i < 5; i++) await page.keyboard.press('[');
      await page.keyboard.press('w');
      await expect(page).toHaveURL(/\/papers\/week\/2025-W43$/);
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  });
});

test.describe('the first morning: layout', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  test('10. pages share one column: import inset and top, paper page bands and no stray divider, demo banner; phone library lists bookmarks first', async ({ page, feedPage }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const views = new ViewsModel(page);
    await views.open('/library');
    const libraryHeading = await boxOf(page.getByRole('heading', { level: 1, name: 'Library' }));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    const importHeading = await boxOf(page.getByRole('heading', { level: 1, name: 'Import papers' }));
    expect({ x: importHeading.x, y: importHeading.y }).toEqual({ x: libraryHeading.x, y: libraryHeading.y });
    const column = await columnOf(page);
    expect(importHeading.x).toBe(column.x);

    // A thumbnail that cannot load (offline, blocked) leaves no empty bordered box behind, which
    // showed as a divider narrower than the column.
    await page.context().route(/^https:\/\/cdn-thumbnails\.huggingface\.co\//, (route) => route.abort('blockedbyclient'));
    await views.open('/papers/2510.02314');
    await expect(page.locator('.paper-page__thumbnail')).toBeHidden();
    for (const band of [views.main.getByRole('region', { name: 'AI summary' }), views.main.getByRole('navigation', { name: 'Paper navigation' })]) {
      const box = await boxOf(band);
      expect({ x: box.x, width: box.width }).toEqual(column);
    }

    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await feedPage.goto(demoUrl);
      const banner = await boxOf(page.getByRole('note', { name: 'Demo data' }));
      expect({ x: banner.x, width: banner.width }, `demo banner at ${width} px`).toEqual(await columnOf(page));
    }

    await page.setViewportSize({ width: 360, height: 740 });
    await views.open('/papers/date/2025-10-03');
    await bookmarkFirst(page, 1);
    await new LibraryModel(page).open();
    const firstBookmark = await boxOf(views.articles.first());
    const collections = await boxOf(page.getByRole('heading', { level: 2, name: 'Collections' }));
    expect(firstBookmark.y).toBeLessThan(collections.y);
  });
});

async function boxOf(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width) };
}

/** Where the content of <main> lies: its box less its padding. */
function columnOf(page: Page) {
  return page.getByRole('main').evaluate((main) => {
    const box = main.getBoundingClientRect();
    const style = getComputedStyle(main);
    const left = parseFloat(style.paddingLeft);
    return { x: Math.round(box.x + left), width: Math.round(box.width - left - parseFloat(style.paddingRight)) };
  });
}

/** The alpha of a computed colour: `rgb(…)` is opaque, `rgba(…, a)` / `color(srgb … / a)` carry it. */
function alphaOf(color: string): number {
  const slash = /\/\s*([\d.]+)\s*\)$/.exec(color);
  if (slash) return Number(slash[1]);
  const rgba = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)$/.exec(color);
  return rgba ? Number(rgba[1]) : 1;
}
