import { demoUrl, expect, realUrl, test } from './support/fixtures.ts';
import { readServedCorpus } from './support/served-corpus.ts';
import { holdShards, recordShardRequests } from './support/shard-gate.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING } from './support/paths.ts';

// Issue acceptance: the first visit shows import progress and then the newest day's
// papers; a reload shows them without re-importing.

test.describe('start-up on the bundled demo corpus', () => {
  test('the first visit shows import progress, then the newest day', async ({ feedPage, context, request }) => {
    const corpus = await readServedCorpus(request, demoUrl);
    const gate = await holdShards(context);

    await feedPage.goto(demoUrl);

    await expect(feedPage.importProgress).toBeVisible();
    await feedPage.expectImportProgress({ done: 0, total: corpus.totalPapers });
    await expect(feedPage.cancelImportButton).toBeVisible();
    await feedPage.expectImportState('running');

    gate.release();

    await feedPage.expectImportSettled();
    await feedPage.expectImportState('done');
    await feedPage.expectImportedShards(corpus.manifest.shards.length);
    await expect(feedPage.importProgress).toBeHidden();
    await feedPage.expectDay(corpus.newestDay.titles);
  });

  test('a reload shows the papers without importing again', async ({ feedPage, context, page, request }) => {
    const corpus = await readServedCorpus(request, demoUrl);
    await feedPage.goto(demoUrl);
    await feedPage.expectImportSettled();
    await feedPage.expectDay(corpus.newestDay.titles);

    const shardRequests = recordShardRequests(context);
    await page.reload();

    await feedPage.expectDay(corpus.newestDay.titles);
    await feedPage.expectImportSettled();
    await feedPage.expectImportedShards(0);
    await expect(feedPage.importProgress).toBeHidden();
    expect(shardRequests, 'shards fetched again on reload').toEqual([]);
  });
});

test.describe('start-up on the real Hugging Face corpus', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  test('the first visit imports it and shows the papers of 2025-10-31', async ({ feedPage, request }) => {
    const corpus = await readServedCorpus(request, realUrl);
    expect(corpus.newestDay.date, 'newest day in the converted real corpus').toBe('2025-10-31');

    await feedPage.goto(realUrl);

    await feedPage.expectImportSettled();
    await feedPage.expectImportState('done');
    await feedPage.expectImportedShards(corpus.manifest.shards.length);
    await feedPage.expectDay(corpus.newestDay.titles);
  });
});
