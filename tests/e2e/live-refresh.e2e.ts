import { startReplayServer, type ReplayServer } from '../../scripts/lib/hf-replay-server.ts';
import { demoUrl, expect, test } from './support/fixtures.ts';
import { ImportPage, startEmpty } from './pages/import-page.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING, sharedHfDailyDir } from './support/paths.ts';
import { folderOfDays, titlesOf } from './support/real-days.ts';

// Issue #6 acceptance: with live refresh pointed at the replay server, new days appear;
// with the server down, the app says so and keeps working. "Today" is 2025-10-31 (the
// page's clock), so the replayed days are the newest.

const TODAY = new Date('2025-10-31T18:00:00Z');

test.use({ serviceWorkers: 'block' }); // routes must see every request, including /corpus/

test.describe('live refresh from a daily-papers API', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  let server: ReplayServer;
  test.beforeAll(async () => {
    server = await startReplayServer({ dir: sharedHfDailyDir });
  });
  test.afterAll(() => server?.close());

  /** An app holding only 2025-10-27, on the import page. */
  async function startWith27th(page: import('@playwright/test').Page, context: import('@playwright/test').BrowserContext, feedPage: import('./pages/feed-page.ts').FeedPage) {
    await page.clock.setFixedTime(TODAY);
    await startEmpty(context);
    const importPage = new ImportPage(page);
    await importPage.goto(demoUrl);
    await feedPage.expectImportSettled();
    await importPage.chooseFiles.setInputFiles(`${await folderOfDays(['2025-10-27'])}/2025-10-27.json`);
    await importPage.expectCount('New', 26);
    return importPage;
  }

  test('new days appear', async ({ page, context, feedPage }) => {
    const importPage = await startWith27th(page, context, feedPage);
    server.requests.length = 0;

    await importPage.setSource(server.url);
    await importPage.liveRefresh.check();

    await expect(importPage.refreshStatus).toHaveText(
      `New from ${new URL(server.url).host}: 4 days, 2025-10-28 (36 papers), 2025-10-29 (41 papers), 2025-10-30 (30 papers), 2025-10-31 (29 papers).`,
      { timeout: 30_000 },
    );
    expect(server.requests.every((r) => r.startsWith('/api/daily_papers?date=2025-10-'))).toBe(true);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Daily' }).click();
    await feedPage.expectDay(await titlesOf('2025-10-31'));
  });

  test('with the server down, the app says so and keeps working', async ({ page, context, feedPage }) => {
    const importPage = await startWith27th(page, context, feedPage);
    const down = await startReplayServer({ dir: sharedHfDailyDir });
    await down.close();

    await importPage.setSource(down.url);
    await importPage.liveRefresh.check();

    await expect(importPage.refreshStatus).toContainText(`Could not reach ${new URL(down.url).host}: you may be offline, or the source is down`);
    await expect(importPage.refreshStatus).toContainText('The papers you have stay readable');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Daily' }).click();
    await feedPage.expectDay(await titlesOf('2025-10-27'));
  });

  test('offline, it says so, and fetches once the connection returns', async ({ page, context, feedPage }) => {
    const importPage = await startWith27th(page, context, feedPage);
    await importPage.setSource(server.url);
    await context.setOffline(true);

    await importPage.liveRefresh.check();
    await expect(importPage.refreshStatus).toContainText('You are offline.');

    await context.setOffline(false);
    await expect(importPage.refreshStatus).toContainText('New from', { timeout: 30_000 });
    await expect(importPage.refreshStatus).toContainText('2025-10-31 (29 papers)');
  });
});
