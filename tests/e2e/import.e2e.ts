import { mkdir } from 'node:fs/promises';
import { demoUrl, expect, test } from './support/fixtures.ts';
import { ImportPage, startEmpty } from './pages/import-page.ts';
import { hasSharedCorpus, repoRoot, SHARED_CORPUS_MISSING } from './support/paths.ts';
import { dayWithThreeBrokenEntries, folderOfDays, titlesOf } from './support/real-days.ts';

// Issue #6 acceptance: import a folder of real daily files through the page and see the
// report and the new days in the feed; a file with three broken entries reports exactly
// those three while the rest arrives.

test.use({ serviceWorkers: 'block' }); // routes must see every request, including /corpus/

test.describe('importing files through the page', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  test('a folder of real daily files: the report, then the new days in the feed', async ({ page, context, feedPage }) => {
    await startEmpty(context);
    const folder = await folderOfDays(['2025-10-24', '2025-10-25', '2025-10-26', '2025-10-27']);
    const importPage = new ImportPage(page);
    await importPage.goto(demoUrl);
    await feedPage.expectImportSettled();

    await importPage.chooseFolder.setInputFiles(folder);

    await expect(importPage.report).toBeVisible({ timeout: 60_000 });
    await importPage.expectCount('New', 28 + 26);
    await importPage.expectCount('Updated', 0);
    await importPage.expectCount('Skipped', 0);
    await importPage.expectCount('Files refused', 0);
    await expect(importPage.report.getByRole('link')).toHaveText(['2025-10-24', '2025-10-27']);

    await importPage.report.getByRole('link', { name: '2025-10-27' }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2025-10-27$/);
    await feedPage.expectDay(await titlesOf('2025-10-27'));

    // The newest imported day is the feed's front page.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Daily' }).click();
    await feedPage.expectDay(await titlesOf('2025-10-27'));
  });

  test('a file with three broken entries: exactly those are reported, the rest arrives', async ({ page, context, feedPage }) => {
    await startEmpty(context);
    const { path, broken } = await dayWithThreeBrokenEntries('2025-10-30');
    const importPage = new ImportPage(page);
    await importPage.goto(demoUrl);
    await feedPage.expectImportSettled();

    await importPage.chooseFiles.setInputFiles(path);

    await expect(importPage.report).toBeVisible({ timeout: 60_000 });
    await importPage.expectCount('New', 30 - 3);
    await importPage.expectCount('Skipped', 3);
    const rows = importPage.skippedTable.getByRole('row');
    await expect(rows).toHaveCount(1 + 3);
    for (const [i, b] of broken.entries()) {
      const cells = rows.nth(i + 1).getByRole('cell');
      await expect(cells).toHaveText(['2025-10-30.json', `${b.entry} (${b.id})`, b.field, /\S/]);
    }
    await expect(rows.nth(1).getByRole('cell').nth(3)).toHaveText('must be string (missing)');
    await expect(rows.nth(2).getByRole('cell').nth(3)).toHaveText('must be number');
    await expect(rows.nth(3).getByRole('cell').nth(3)).toHaveText('must be an ISO-8601 timestamp');

    await mkdir(`${repoRoot}/test-results`, { recursive: true });
    await page.screenshot({ path: `${repoRoot}/test-results/import-report.png`, fullPage: true });

    await importPage.report.getByRole('link', { name: '2025-10-30' }).click();
    await feedPage.expectDay(await titlesOf('2025-10-30', broken.map((b) => b.id)));
  });
});
