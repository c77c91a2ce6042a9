import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { demoUrl, expect, test } from './support/fixtures.ts';
import { ImportPage, startEmpty } from './pages/import-page.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING, sharedHfDailyDir } from './support/paths.ts';
import { SearchPageModel } from './pages/search-page.ts';

// Issue #13, item 2: a paper write that changes only upvotes and text (no count changes)
// followed by the page closing before the search index is saved must not leave the next
// start restoring the stale index. The write goes through the page's file import; the
// search worker of that page is refused, so the index save cannot happen before the close.

test.use({ serviceWorkers: 'block' }); // routes must see every request, including /corpus/ and the worker

const DAY = '2025-10-27';
const MARKER = 'Zyxwvut';

interface ReadyDetail {
  source?: string;
  papers?: number;
}

async function indexReady(page: Page): Promise<ReadyDetail> {
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('search:index-ready').length), { timeout: 60_000 }).toBeGreaterThan(0);
  return page.evaluate(() => (performance.getEntriesByName('search:index-ready')[0] as PerformanceMark).detail as ReadyDetail);
}

test.describe('the stored search index after a write it never saw', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  test('closing the page between an upvotes-and-title write and the index save: the next start rebuilds', async ({ page, context }) => {
    await startEmpty(context);
    const day = JSON.parse(await readFile(join(sharedHfDailyDir, `${DAY}.json`), 'utf8')) as { title: string; paper: { title: string; upvotes: number } }[];
    const original = day[0]!.paper.title;
    const folder = await mkdtemp(join(tmpdir(), 'paperfeed-stale-'));
    const before = join(folder, `${DAY}.json`);
    await writeFile(before, JSON.stringify(day));

    // 1. The day imported, its index built and stored, and restored by a reload.
    const importPage = new ImportPage(page);
    await importPage.goto(demoUrl);
    await importPage.chooseFiles.setInputFiles(before);
    await importPage.expectCount('New', day.length);
    const search = new SearchPageModel(page);
    await page.goto(`${demoUrl}search?q=${encodeURIComponent(original)}`);
    await expect(search.results.first()).toHaveAccessibleName(original, { timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('search:index-stored').length), { timeout: 60_000 }).toBeGreaterThan(0);
    await page.reload();
    expect((await indexReady(page)).source).toBe('stored');
    // This tab's worker would re-index on the next write's announcement: it goes first.
    await page.close();

    // 2. The same day again, one paper with new upvotes and a new title word: same counts.
    const changed = structuredClone(day);
    changed[0]!.paper.upvotes += 1000;
    changed[0]!.paper.title = `${original} ${MARKER}`;
    changed[0]!.title = changed[0]!.paper.title;
    const after = join(folder, 'changed', `${DAY}.json`);
    await mkdir(join(folder, 'changed'));
    await writeFile(after, JSON.stringify(changed));
    const writer = await context.newPage();
    await writer.route(/search\.worker[^/]*\.js/, (route) => route.abort('blockedbyclient'));
    const writerImport = new ImportPage(writer);
    await writerImport.goto(demoUrl);
    await writerImport.chooseFiles.setInputFiles(after);
    await writerImport.expectCount('Updated', 1);
    await writerImport.expectCount('New', 0);
    expect(await writer.evaluate(() => performance.getEntriesByName('search:index-stored').length)).toBe(0);
    await writer.close({ runBeforeUnload: false });

    // 3. A new start: the stored index is from the version before the write, so it is rebuilt.
    const next = await context.newPage();
    const nextSearch = new SearchPageModel(next);
    await next.goto(`${demoUrl}search?q=${MARKER.toLowerCase()}`);
    expect((await indexReady(next)).source).toBe('built');
    await expect(nextSearch.results).toHaveCount(1, { timeout: 30_000 });
    await expect(nextSearch.results.first()).toHaveAccessibleName(`${original} ${MARKER}`);
  });
});
