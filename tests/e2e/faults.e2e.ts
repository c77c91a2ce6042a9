import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/check-chromium.ts';
import { demoUrl, expect, test } from './support/fixtures.ts';
import { IMPORT_TIMEOUT_MS, type FeedPage } from './pages/feed-page.ts';
import { exportLibrary, expectShardsWhole, fillStorage, gateShards, readStoredCorpus } from './support/faults.ts';
import { bookmarkFirst } from './pages/library-model.ts';
import { repoRoot } from './support/paths.ts';
import { readServedCorpus } from './support/served-corpus.ts';
import { recordShardRequests } from './support/shard-gate.ts';

// Issue #16, faults during an import: after each, the library exports the same as before
// and every shard is whole (a month is either fully stored and recorded, or absent).
test.use({ serviceWorkers: 'block' }); // routes must see every shard request

const origin = new URL(demoUrl).origin;

/** Counts calls of navigator.storage.persist() on the page from now on (the real one still answers). */
async function countPersistRequests(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const storage = navigator.storage as StorageManager & { persistCalls?: number };
    const persist = storage.persist.bind(storage);
    storage.persistCalls = 0;
    storage.persist = () => {
      storage.persistCalls!++;
      return persist();
    };
  });
  return () => page.evaluate(() => (navigator.storage as StorageManager & { persistCalls?: number }).persistCalls ?? 0);
}
/** Waits until `count` shards are stored (read straight from IndexedDB). */
async function waitForStoredShards(page: Page, count: number): Promise<void> {
  await expect.poll(async () => (await readStoredCorpus(page)).shards.length, { timeout: IMPORT_TIMEOUT_MS }).toBe(count);
}

/** Opens the demo with only `shards` shards let through, and waits until they are stored. */
async function startGatedImport({ page, context, feedPage, request }: { page: Page; context: BrowserContext; feedPage: FeedPage; request: APIRequestContext }, shards: number) {
  const { manifest } = await readServedCorpus(request, demoUrl);
  const gate = await gateShards(context);
  gate.allow(shards);
  await feedPage.goto(demoUrl);
  await waitForStoredShards(page, shards);
  return { manifest, gate };
}

const QUOTA_MESSAGE = /^Storage is full: the browser refused to save more, and nothing of this change was saved\./;

test('offline mid-import: the shards not fetched are pending, said so, and fetched when back online', async ({ page, context, feedPage, request }) => {
  const { manifest, gate } = await startGatedImport({ page, context, feedPage, request }, 2);
  await bookmarkFirst(page, 2);
  const before = await exportLibrary(page);

  await context.setOffline(true);
  gate.disconnect();
  const notice = page.getByRole('status', { name: 'Import incomplete' });
  await expect(notice).toContainText(`Papers of ${manifest.shards.length - 2} months could not be fetched`);
  await expect(notice).toContainText('this browser is offline');
  await expect(notice).toContainText('fetched when the browser is back online');
  await feedPage.expectImportState('pending');
  await expectShardsWhole(page, manifest, false);

  gate.reconnect();
  await context.setOffline(false);
  await feedPage.expectImportState('done', IMPORT_TIMEOUT_MS);
  await expect(notice).toBeHidden();
  await expectShardsWhole(page, manifest, true);
  expect(await exportLibrary(page)).toEqual(before);
});

test('storage full: one clear message for the import, after a reload, and beside a bookmark clicked or keyed', async ({ page, context, feedPage, request }) => {
  const { manifest } = await readServedCorpus(request, demoUrl);
  // Set before the origin first opens its storage: Chromium reads the quota then.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2_500_000 });
  await feedPage.goto(demoUrl);
  const banner = page.getByRole('alert').filter({ hasText: 'Storage is full' });
  await expect(banner).toHaveText(QUOTA_MESSAGE, { timeout: IMPORT_TIMEOUT_MS });
  await feedPage.expectImportState('error');
  await bookmarkFirst(page, 2);
  // Read before the disk fills: opening it below then writes nothing of its own.
  const read = feedPage.articles.nth(2).getByRole('button', { name: 'Read' });
  await read.click();
  await expect(read).toHaveAttribute('aria-pressed', 'true');
  const before = await exportLibrary(page);
  const stored = await expectShardsWhole(page, manifest, false);
  expect(stored.shards.length).toBeGreaterThan(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Daily' }).click();
  const third = feedPage.articles.nth(2);
  const bookmark = third.getByRole('button', { name: 'Bookmark' });
  await fillStorage(page);
  await bookmark.click();
  await expect(third.getByRole('alert')).toHaveText(QUOTA_MESSAGE);
  await expect(bookmark).toHaveAttribute('aria-pressed', 'false');

  // The key b on a paper page reports it there too.
  const title = (await third.getByRole('heading').textContent())!.replace(/\s+/g, ' ').trim();
  await third.getByRole('link', { name: title, exact: true }).click();
  const heading = page.getByRole('heading', { level: 1, name: title });
  await heading.click();
  await fillStorage(page); // again: the database compacts in the background and frees a little
  await page.keyboard.press('b');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(QUOTA_MESSAGE);

  await page.reload();
  await expect(banner).toHaveText(QUOTA_MESSAGE, { timeout: IMPORT_TIMEOUT_MS });
  await expect(page.getByText(/stopped unexpectedly/)).toHaveCount(0);
  expect((await expectShardsWhole(page, manifest, false)).shards).toEqual(stored.shards);
  expect(await exportLibrary(page)).toEqual(before);
});

test('two tabs: one imports, the other reads and writes the library meanwhile', async ({ page, context, feedPage, request }) => {
  const { manifest } = await readServedCorpus(request, demoUrl);
  const gate = await gateShards(context);
  const requested = recordShardRequests(context);
  gate.allow(1);
  await feedPage.goto(demoUrl);
  await waitForStoredShards(page, 1);

  const other = await context.newPage();
  await other.goto(demoUrl);
  await expect(other.getByRole('status').filter({ hasText: 'Papers are being imported in another tab' })).toBeVisible();
  const first = other.getByRole('main').getByRole('article').first();
  const title = (await first.getByRole('heading').textContent())!.replace(/\s+/g, ' ').trim();
  await first.getByRole('link', { name: title, exact: true }).click();
  await expect(other.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 5_000 });
  await other.getByRole('button', { name: 'Bookmark' }).click();
  await expect(other.getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true', { timeout: 5_000 });
  const before = await exportLibrary(other);

  gate.reconnect();
  await feedPage.expectImportState('done', IMPORT_TIMEOUT_MS);
  await expect(other.locator('html')).toHaveAttribute('data-import-state', 'done', { timeout: IMPORT_TIMEOUT_MS });
  await expect(other.locator('html')).toHaveAttribute('data-imported-shards', '0');
  expect([...requested].sort(), 'each shard fetched once, by one tab').toEqual(manifest.shards.map((s) => new URL(`corpus/${s.file}`, demoUrl).href).sort());
  await expectShardsWhole(other, manifest, true);
  expect(await exportLibrary(page)).toEqual(before);
});

test('a reload mid-import resumes with every shard whole and the library unchanged', async ({ page, context, feedPage, request }) => {
  const { manifest, gate } = await startGatedImport({ page, context, feedPage, request }, 3);
  await bookmarkFirst(page, 2);
  const before = await exportLibrary(page);
  gate.allow(1); // one more shard on its way while the page goes

  await page.reload();
  await expectShardsWhole(page, manifest, false);
  gate.reconnect();
  await feedPage.expectImportState('done', IMPORT_TIMEOUT_MS);
  await expectShardsWhole(page, manifest, true);
  expect(await exportLibrary(page)).toEqual(before);
});

test('the importing tab closed mid-import: the tab left finishes it', async ({ page, context, feedPage, request }) => {
  const { manifest, gate } = await startGatedImport({ page, context, feedPage, request }, 2);
  const other = await context.newPage();
  await other.goto(demoUrl);
  await bookmarkFirst(other, 2);
  const before = await exportLibrary(other);

  await page.close();
  gate.reconnect();
  await expect(other.locator('html')).toHaveAttribute('data-import-state', 'done', { timeout: IMPORT_TIMEOUT_MS });
  await expectShardsWhole(other, manifest, true);
  expect(await exportLibrary(other)).toEqual(before);
});

test('cleared site data: said in the open tab and after a reload, with the way back from a backup; persistent storage asked', async ({ page, context, feedPage }) => {
  await feedPage.goto(demoUrl);
  await feedPage.expectImportSettled();
  await bookmarkFirst(page, 2);
  await mkdir(`${repoRoot}/test-results`, { recursive: true });
  const backupPath = `${repoRoot}/test-results/faults-cleared-backup.json`;
  const before = await exportLibrary(page, backupPath);
  expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false);
  const asked = await countPersistRequests(page);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  const notice = page.getByRole('alert', { name: 'Storage cleared' });
  await expect(notice).toContainText('The browser’s storage for this site was cleared');
  // Headless Chromium answers by its own rules (site engagement); the notice gives the answer.
  await expect(notice).toContainText(/The browser (now keeps this site’s data|did not agree to keep this site’s data)/);
  expect(await asked()).toBe(1);

  await page.reload();
  await expect(notice).toContainText('The browser’s storage for this site was cleared');
  await feedPage.expectImportSettled();
  await notice.getByRole('link', { name: 'import it on the Library page' }).click();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(0);
  await page.getByLabel('Import backup').setInputFiles(backupPath);
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: /^Imported 2 bookmarks/ })).toBeVisible();
  expect(await exportLibrary(page)).toEqual(before);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await feedPage.expectImportSettled();
  await expect(notice).toBeHidden();
});

test('the browser killed mid-import: the next start resumes with every shard whole and the library unchanged', async ({ browserName, request }, testInfo) => {
  test.skip(browserName !== 'chromium', 'kills a Chromium process');
  const { manifest } = await readServedCorpus(request, demoUrl);
  const profile = await mkdtemp(join(tmpdir(), 'paperfeed-kill-'));
  const launch = () => chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, serviceWorkers: 'block', acceptDownloads: true });
  try {
    const first = await launch();
    const gate = await gateShards(first);
    gate.allow(3);
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(demoUrl);
    await waitForStoredShards(page, 3);
    await bookmarkFirst(page, 2);
    const before = await exportLibrary(page);
    gate.allow(1); // a shard on its way when the process dies
    const killed = browserProcesses(profile);
    expect(killed.length, 'Chromium processes of this profile').toBeGreaterThan(0);
    for (const pid of killed) process.kill(pid, 'SIGKILL');
    await first.close().catch(() => undefined);

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(demoUrl);
    await expect(again.locator('html')).toHaveAttribute('data-import-state', 'done', { timeout: IMPORT_TIMEOUT_MS });
    await expectShardsWhole(again, manifest, true);
    expect(await exportLibrary(again)).toEqual(before);
    await second.close();
  } finally {
    await rm(profile, { recursive: true, force: true }).catch((error: Error) => testInfo.annotations.push({ type: 'cleanup', description: error.message }));
  }
});

/** Process ids of the Chromium started with `profile` (found by its unique profile path). */
function browserProcesses(profile: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(`--user-data-dir=${profile}`)) pids.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return pids;
}
