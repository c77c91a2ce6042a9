import { demoUrl, expect, test } from './support/fixtures.ts';
import { writeFile } from 'node:fs/promises';
import { backupFile, longestFrameGap, manyBookmarks, markFileChosen, sinceFileChosen, watchFrames } from './support/backup-files.ts';
import { ImportPage, startEmpty } from './pages/import-page.ts';
import { holdShards, recordShardRequests } from './support/shard-gate.ts';
import { readServedCorpus } from './support/served-corpus.ts';

// Issue #16, items 1, 2, 5 and 11 in Chromium: hostile input through the path that found it.

test.use({ serviceWorkers: 'block' }); // routes must see every request, including /corpus/

const T0 = Date.UTC(2025, 0, 1);
const snapshot = (id: string, title: string) => ({ id, title, abstract: 'A', authors: ['Ada Lovelace'], date: '2025-10-03', upvotes: 1, links: {} });

async function openLibrary(page: import('@playwright/test').Page) {
  await page.goto(new URL('library', demoUrl).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

test('item 1: a backup timestamped 1e308 is refused, and a bad stored row leaves the library usable', async ({ page, context }) => {
  await startEmpty(context);
  await openLibrary(page);
  const good = backupFile('good.json', { bookmarks: [{ paperId: '2510.00001', createdAt: T0, snapshot: snapshot('2510.00001', 'A good paper'), collectionIds: [] }] });
  await page.getByLabel('Import backup').setInputFiles(good);
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Imported 1 bookmark' })).toBeVisible();

  for (const [field, library] of [
    ['createdAt', { bookmarks: [{ paperId: '2510.00002', createdAt: 1e308, snapshot: snapshot('2510.00002', 'Bad time'), collectionIds: [] }] }],
    ['readAt', { reads: [{ paperId: '2510.00002', readAt: 1e308 }] }],
    ['updatedAt', { notes: [{ paperId: '2510.00002', text: 'x', updatedAt: 1e308 }] }],
  ] as [string, Parameters<typeof backupFile>[1]][]) {
    await page.getByLabel('Import backup').setInputFiles(backupFile(`bad-${field}.json`, library));
    await expect(page.getByRole('alert')).toContainText(`bad-${field}.json: This backup is damaged:`);
    await expect(page.getByRole('alert')).toContainText(`${field} is in the future. Nothing was imported.`);
  }
  await page.reload();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);

  // A row written before the check existed (straight into IndexedDB, as an older version would have).
  await page.evaluate(async (T0) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('paperfeed');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('bookmarks', 'readwrite');
    const put = (row: unknown) => tx.objectStore('bookmarks').put(row);
    put({ paperId: '2510.00003', createdAt: 1e308, snapshot: { id: '2510.00003', title: 'Stored with 1e308', abstract: '', authors: [], date: '2025-10-03', upvotes: 0, links: {} }, collectionIds: [] });
    put({ paperId: '2510.00004', createdAt: T0 + 1, snapshot: { id: '2510.00004' }, collectionIds: [] });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, T0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'A good paper' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Stored with 1e308' })).toContainText('Bookmarked (date unreadable)');
  await expect(page.getByRole('alert')).toContainText('The bookmark 2510.00004 could not be shown');
  // Export and import stay reachable.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  expect((await download).suggestedFilename()).toMatch(/^paperfeed-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByLabel('Import backup')).toBeAttached();
});

test('item 2: 100,000 bookmarks are refused up front with the reason, the page stays responsive; 5,000 import with progress', async ({ page, context }) => {
  await startEmpty(context);
  await openLibrary(page);
  // From a file on disk: Chromium reads it itself, so the time measured is the app's, not the test's upload.
  const huge = backupFile('huge.json', { bookmarks: manyBookmarks(100_000) });
  const path = test.info().outputPath('huge.json');
  await writeFile(path, huge.buffer);
  test.info().annotations.push({ type: 'file size', description: `${(huge.buffer.length / 1024 / 1024).toFixed(1)} MB` });
  await watchFrames(page);
  await markFileChosen(page);
  await page.getByLabel('Import backup').setInputFiles(path);
  await expect(page.getByRole('alert')).toHaveText(
    'huge.json: This backup holds 100,000 bookmarks; paperfeed imports at most 10,000 bookmarks from one backup. Nothing was imported.',
  );
  const refusedMs = await sinceFileChosen(page);
  const gap = await longestFrameGap(page);
  test.info().annotations.push({ type: 'refused in', description: `${Math.round(refusedMs)} ms after the file was chosen, longest frame gap ${Math.round(gap)} ms` });
  expect(refusedMs).toBeLessThan(10_000);
  expect(gap).toBeLessThan(2_000);
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('0 bookmarks');

  const big = backupFile('big.json', { bookmarks: manyBookmarks(5_000) });
  const bigPath = test.info().outputPath('big.json');
  await writeFile(bigPath, big.buffer);
  await watchFrames(page);
  await markFileChosen(page);
  await page.getByLabel('Import backup').setInputFiles(bigPath);
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: /^Imported 5,000 bookmarks/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('5,000 bookmarks');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 100 more of 4,900' }).click();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(200);
  test.info().annotations.push({ type: '5,000 imported and shown in', description: `${Math.round(await sinceFileChosen(page))} ms, longest frame gap ${Math.round(await longestFrameGap(page))} ms` });
});

test('item 5: a paper dated 9999-12-31 or 0001-01-01 is skipped with the reason and cannot take over the feed', async ({ page, context, feedPage }) => {
  await startEmpty(context);
  const importPage = new ImportPage(page);
  await importPage.goto(demoUrl);
  await feedPage.expectImportSettled();
  const entry = (id: string, at: string) => ({ paper: { id, title: `Paper ${id}`, summary: 'S', authors: [{ name: 'A. Author' }], upvotes: 1, submittedOnDailyAt: at } });
  const body = [entry('2510.00001', '9999-12-31T00:00:00.000Z'), entry('2510.00002', '0001-01-01T00:00:00.000Z'), entry('2510.00003', '2025-10-03T08:00:00.000Z')];
  await importPage.chooseFiles.setInputFiles({ name: 'hijack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) });
  await expect(importPage.report).toBeVisible({ timeout: 60_000 });
  await importPage.expectCount('New', 1);
  await importPage.expectCount('Skipped', 2);
  await expect(importPage.skippedTable.getByRole('row').nth(1)).toContainText(/paper\.submittedOnDailyAt\s*is in the future/);
  await expect(importPage.skippedTable.getByRole('row').nth(2)).toContainText(/paper\.submittedOnDailyAt\s*is before 1991-08-01, when arXiv began/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Daily' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('October 3, 2025');
  await feedPage.expectDay(['Paper 2510.00003']);
});

test('item 11: a deep link during the first import says "still loading", fetches that month first, then shows the paper', async ({ page, context, request }) => {
  const corpus = await readServedCorpus(request, demoUrl);
  const oldest = [...corpus.manifest.shards].sort((a, b) => a.month.localeCompare(b.month))[0]!;
  const shard = (await (await request.get(new URL(`corpus/${oldest.file}`, demoUrl).href)).json()) as { papers: { id: string; title: string; authors: string[] }[] };
  const paper = shard.papers[0]!;
  const requested = recordShardRequests(context);
  const gate = await holdShards(context);

  await page.goto(new URL(`papers/${encodeURIComponent(paper.id)}`, demoUrl).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Still loading papers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Paper not found' })).toHaveCount(0);
  await expect.poll(() => requested.length).toBeGreaterThan(0);
  expect(requested[0]).toContain(`/corpus/${oldest.file}`);

  gate.release();
  await expect(page.getByRole('heading', { level: 1, name: paper.title.replace(/\s+/g, ' ').trim() })).toBeVisible({ timeout: 60_000 });
});

test('item 11: a paper that is not in the corpus says "still loading" while the import runs, "not found" after', async ({ page, context, feedPage }) => {
  const gate = await holdShards(context);
  await page.goto(new URL('papers/2501.99999', demoUrl).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Still loading papers' })).toBeVisible();
  gate.release();
  await feedPage.expectImportSettled();
  await expect(page.getByRole('heading', { level: 1, name: 'Paper not found' })).toBeVisible();
});
