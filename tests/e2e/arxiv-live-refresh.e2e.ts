import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startArxivReplayServer } from '../../scripts/lib/arxiv-replay-server.ts';
import { readArxivXml } from '../../src/domain/corpus/arxiv/read-arxiv-xml.ts';
import { arxivApiDir, arxivOaiDir, arxivRssDir, hasArxivRecordings } from '../../src/testing/shared-corpus.ts';
import { ArxivRefreshSettings } from './pages/arxiv-refresh-settings.ts';
import { demoUrl, expect, test } from './support/fixtures.ts';
import { ImportPage, startEmpty } from './pages/import-page.ts';

// Issue #14: the in-app live refresh reads arXiv's announcement feeds, from a mirror that allows
// cross-origin reads (the replay server as such a mirror), and says plainly what to do where the
// browser blocks the read (the replay server answering as arxiv.org does, without CORS headers).

const dirs = [arxivOaiDir, arxivApiDir, arxivRssDir];

async function titlesOfFeed(file: string): Promise<string[]> {
  const outcome = readArxivXml(file, await readFile(join(arxivRssDir, file), 'utf8'));
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return outcome.value.papers.map((paper) => paper.title);
}

test.describe('live refresh from arXiv announcement feeds', () => {
  test.skip(!hasArxivRecordings, 'the recorded arXiv answers (../shared/corpus/arxiv-*) are not there');

  async function openSettings(page: import('@playwright/test').Page, context: import('@playwright/test').BrowserContext, feedPage: import('./pages/feed-page.ts').FeedPage) {
    await startEmpty(context);
    const importPage = new ImportPage(page);
    await importPage.goto(demoUrl);
    await feedPage.expectImportSettled();
    return new ArxivRefreshSettings(page);
  }

  test('from a mirror that allows cross-origin reads, the followed categories arrive, 3 s apart', async ({ page, context, feedPage }) => {
    const mirror = await startArxivReplayServer({ dirs });
    try {
      const settings = await openSettings(page, context, feedPage);
      await settings.follow('cs.CL, cs.LG', mirror.url);
      await settings.enabled.check();

      await expect(settings.status).toHaveText(
        `arXiv announcements from ${new URL(mirror.url).host}: cs.CL 3 papers (2026-04-27); cs.LG 3 papers (2026-04-27); 6 new.`,
        { timeout: 30_000 },
      );
      expect(mirror.requests.map((r) => r.path)).toEqual(['/rss/cs.CL', '/rss/cs.LG']);
      const gap = mirror.requests[1]!.at - mirror.requests[0]!.at;
      expect(gap, `${gap.toFixed(0)} ms between the two requests`).toBeGreaterThanOrEqual(3000);

      await page.goto(`${demoUrl}papers/date/2026-04-27`);
      const expected = [...(await titlesOfFeed('distill__arxiv_cs_cl.xml')), ...(await titlesOfFeed('distill__arxiv_cs_lg.xml'))];
      const articles = page.getByRole('main').getByRole('article');
      await expect(articles).toHaveCount(expected.length);
      const shown = await articles.evaluateAll((cards) => cards.map((card) => card.querySelector('h3')!.textContent!));
      expect(shown.sort()).toEqual(expected.sort());
    } finally {
      await mirror.close();
    }
  });

  test('where the browser blocks the read (no CORS headers, as arXiv), it says so and points to the CLI or a mirror', async ({ page, context, feedPage }) => {
    const arxivLike = await startArxivReplayServer({ dirs, cors: false });
    try {
      const settings = await openSettings(page, context, feedPage);
      await settings.follow('cs.CL', arxivLike.url);
      await settings.enabled.check();

      await expect(settings.status).toContainText(`The browser blocked reading ${new URL(arxivLike.url).host}`, { timeout: 30_000 });
      await expect(settings.status).toContainText('npm run corpus:fetch -- --source arxiv --category cs.CL --from YYYY-MM-DD --to YYYY-MM-DD');
      await expect(settings.status).toContainText('or set a mirror address that allows cross-origin reads');
      // The feed was asked for (and answered), then probed once without reading it: two requests, 3 s apart.
      expect(arxivLike.requests.map((r) => r.path)).toEqual(['/rss/cs.CL', '/rss/cs.CL']);
      expect(arxivLike.requests[1]!.at - arxivLike.requests[0]!.at).toBeGreaterThanOrEqual(3000);
      await page.goto(`${demoUrl}papers/date/2026-04-27`);
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(0);
    } finally {
      await arxivLike.close();
    }
  });

  test('a feed address that is not http(s) or a word that is no category cannot be saved', async ({ page, context, feedPage }) => {
    const settings = await openSettings(page, context, feedPage);
    await settings.feedAddress.fill('javascript:alert(1)');
    await expect(page.getByText('Enter an http(s) address.')).toBeVisible();
    await expect(settings.save).toBeDisabled();
    await settings.feedAddress.fill('https://mirror.example/arxiv');
    await settings.categories.fill('cs.CL <b>x</b>');
    await expect(page.getByText('Not arXiv categories: "<b>x</b>"')).toBeVisible();
    await expect(settings.save).toBeDisabled();
  });
});
