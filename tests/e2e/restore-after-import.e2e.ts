import type { Page } from '@playwright/test';
import { demoUrl, expect, test } from './support/fixtures.ts';
import { readServedCorpus } from './support/served-corpus.ts';

// The first visit imports the demo corpus shard by shard while the search worker indexes
// each one; the index it stores once the import ends must carry the version of the papers
// it holds, or every later start rebuilds it (100k papers: ~11 s of the worker, then ~4 s
// storing it again while typed keys wait). Before the fix, a store queued at an earlier
// shard won and was labelled with that shard's version.

interface Mark {
  source?: string;
  papers?: number;
}

const marks = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => (e as PerformanceMark).detail as Mark), name);

test('after the first visit imports every shard, the next start restores the stored search index', async ({ feedPage, page, request }) => {
  const corpus = await readServedCorpus(request, demoUrl);
  // More shards than the index keeps apart (8), so the import's updates compact it once.
  expect(corpus.manifest.shards.length).toBeGreaterThan(8);
  await feedPage.goto(demoUrl);
  await feedPage.expectImportSettled();
  await feedPage.expectImportState('done');
  await expect.poll(async () => (await marks(page, 'search:index-stored')).some((m) => (m.papers ?? 0) >= corpus.totalPapers), { timeout: 120_000 }).toBe(true);

  await page.reload();
  await expect.poll(async () => (await marks(page, 'search:index-ready')).length, { timeout: 60_000 }).toBeGreaterThan(0);
  const [ready] = await marks(page, 'search:index-ready');
  expect(ready).toMatchObject({ source: 'stored', papers: corpus.totalPapers });
});
