import { rm } from 'node:fs/promises';
import { demoUrl, expect, test } from './support/fixtures.ts';
import { convertHarvest, hasArxivHarvest, serveCorpusFrom, type HarvestCorpus } from './support/arxiv-corpus.ts';

// Issue #14 acceptance: a corpus made from the recorded OAI-PMH harvest (corpus:convert of its
// three pages) imported by the production build: its days, a category page, cat: in search.

test.describe('a corpus made from the arXiv OAI-PMH harvest', () => {
  test.skip(!hasArxivHarvest(), 'the recorded arXiv harvest (../shared/corpus/arxiv-oai) is not there');
  let corpus: HarvestCorpus;
  test.beforeAll(async () => {
    corpus = await convertHarvest();
  });
  test.afterAll(() => rm(corpus.dir, { recursive: true, force: true }));

  test.beforeEach(async ({ context, page }) => {
    await serveCorpusFrom(context, corpus.dir);
    await page.goto(demoUrl);
    await expect(page.locator('html')).toHaveAttribute('data-import-state', /^(done|idle)$/, { timeout: 90_000 });
  });

  test('shows its days: the newest first, and each day its own papers', async ({ page }) => {
    const count = (date: string) => corpus.papers.filter((paper) => paper.date === date).length;
    const heading = page.getByRole('heading', { level: 1 });
    const status = page.getByRole('main').getByRole('status').first();
    await expect(heading).toHaveText('Tuesday, March 30, 2021');
    await expect(status).toHaveText(`${count('2021-03-30').toLocaleString('en')} papers`);
    await page.goto(`${demoUrl}papers/date/2021-03-22`);
    await expect(heading).toHaveText('Monday, March 22, 2021');
    await expect(status).toHaveText(`${count('2021-03-22').toLocaleString('en')} papers`);
    const first = page.getByRole('main').getByRole('article').first();
    await expect(first.getByRole('list', { name: 'arXiv categories' })).toBeVisible();
  });

  test('a category page lists the papers of its category, and cards link to it', async ({ page }) => {
    await page.goto(`${demoUrl}papers/date/2021-03-30`);
    const link = page.getByRole('main').getByRole('article').first().getByRole('list', { name: 'arXiv categories' }).getByRole('link').first();
    const name = decodeURIComponent((await link.getAttribute('href'))!.split('/').pop()!);
    const inCategory = corpus.papers.filter((paper) => paper.categories?.includes(name));
    const primary = inCategory.filter((paper) => paper.categories?.[0] === name).length;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/categories/${name.replace('.', '\\.')}$`));
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('main').getByRole('status').first()).toHaveText(
      `${inCategory.length.toLocaleString('en')} papers (${primary.toLocaleString('en')} primary, ${(inCategory.length - primary).toLocaleString('en')} cross-listed)`,
    );
    const titles = await page.getByRole('main').getByRole('article').getByRole('heading').allTextContents();
    const expected = new Set(inCategory.map((paper) => paper.title.replace(/\s+/g, ' ').trim()));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(expected.has(title.replace(/\s+/g, ' ').trim()), title).toBe(true);
  });

  test('cat:cs.CL narrows a search, and the category filter does the same', async ({ page }) => {
    const status = page.getByRole('status').filter({ hasText: /^[\d,]+ papers?$/ });
    const countOf = async (url: string) => {
      await page.goto(url);
      await expect(page.locator('.search-page')).toHaveAttribute('data-index-papers', String(corpus.papers.length), { timeout: 60_000 });
      await expect(status).toBeVisible({ timeout: 30_000 });
      return Number((await status.textContent())!.replace(/\D/g, ''));
    };
    const all = await countOf(`${demoUrl}search?q=language`);
    const narrowed = await countOf(`${demoUrl}search?q=${encodeURIComponent('language cat:cs.CL')}`);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    const results = page.getByRole('region', { name: 'Search results' }).getByRole('article');
    const inCl = new Set(corpus.papers.filter((paper) => paper.categories?.includes('cs.CL')).map((paper) => paper.title.replace(/\s+/g, ' ').trim()));
    for (const title of await results.getByRole('heading').allTextContents()) expect(inCl.has(title.replace(/\s+/g, ' ').trim()), title).toBe(true);
    expect(await countOf(`${demoUrl}search?q=language&cat=cs.CL`)).toBe(narrowed);
    await expect(page.getByRole('textbox', { name: 'arXiv category' })).toHaveValue('cs.CL');
  });
});
