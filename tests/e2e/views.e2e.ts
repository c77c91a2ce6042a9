import { expect, test } from './support/fixtures.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING } from './support/paths.ts';
import { hfDayTitles, ViewsModel } from './pages/views-model.ts';
import { accessibleTitle, rankedPapers } from './support/real-period.ts';

// Issue #3 acceptance: the day, week and month views and the paper page, on the real corpus.

test.describe('daily papers views on the real corpus', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  test('a day shows its papers in the upvote order of its file', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-03');
    await expect(views.heading).toHaveText('Friday, October 3, 2025');
    const titles = hfDayTitles('2025-10-03');
    await expect(views.count).toHaveText(`${titles.length} papers`);
    await views.expectTitlesInOrder(titles.slice(0, 6));
  });

  test('previous and next skip the weekend', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-03');
    await views.step('Next day');
    await expect(page).toHaveURL(/\/papers\/date\/2025-10-06$/);
    await expect(views.heading).toHaveText('Monday, October 6, 2025');
    await views.expectTitlesInOrder(hfDayTitles('2025-10-06').slice(0, 3));
    await views.step('Previous day');
    await expect(page).toHaveURL(/\/papers\/date\/2025-10-03$/);
    await views.expectTitlesInOrder(hfDayTitles('2025-10-03').slice(0, 3));
  });

  test('switches to the week and the month of the day', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-03');
    await page.getByRole('navigation', { name: 'Period' }).getByRole('link', { name: 'Weekly' }).click();
    await expect(page).toHaveURL(/\/papers\/week\/2025-W40$/);
    await expect(views.heading).toHaveText('Week 40 · Sep 29 – Oct 5, 2025');
    // Ranked over the whole week (issue #17): no day headings, the week's most upvoted first.
    await expect(views.main.getByRole('heading', { level: 2 })).toHaveCount(0);
    await views.expectTitlesInOrder(rankedPapers(['2025-09-29', '2025-10-05']).slice(0, 2).map(accessibleTitle));

    await page.getByRole('navigation', { name: 'Period' }).getByRole('link', { name: 'Monthly' }).click();
    await expect(page).toHaveURL(/\/papers\/month\/2025-10$/);
    await expect(views.heading).toHaveText('October 2025');
    await expect(views.count).toHaveText('923 papers');
    await views.expectTitlesInOrder(rankedPapers('2025-10').slice(0, 2).map(accessibleTitle));
  });

  test('the sort is in the URL and survives a reload', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-03');
    await views.main.getByLabel('Sort by').selectOption('newest');
    await expect(page).toHaveURL(/\/papers\/date\/2025-10-03\?sort=newest$/);
    await page.reload();
    await expect(views.main.getByLabel('Sort by')).toHaveValue('newest');
    await expect(views.count).toHaveText('50 papers');
  });

  test('opening a paper and coming back restores the scroll position', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/month/2025-10');
    await expect(views.count).toHaveText('923 papers');
    await page.mouse.wheel(0, 6000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(4000);
    // The first card wholly below the sticky header: the one the reader is looking at.
    const name = await page.evaluate(() => {
      const card = [...document.querySelectorAll('main article')].find((el) => el.getBoundingClientRect().top > 100);
      return document.getElementById(card!.getAttribute('aria-labelledby')!)!.innerText;
    });
    const card = views.main.getByRole('article', { name, exact: true });
    const before = await card.evaluate((el) => el.getBoundingClientRect().top);
    await card.getByRole('link', { name, exact: true }).click();
    await expect(views.heading).toHaveText(name);
    await page.goBack();
    const back = views.main.getByRole('article', { name, exact: true });
    await expect(back).toBeVisible();
    await expect.poll(() => back.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeCloseTo(before, -1.5);
  });

  test('a paper page shows its authors, links and organization', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/2510.02314');
    await expect(views.heading).toHaveText('StealthAttack: Robust 3D Gaussian Splatting Poisoning via Density-Guided Illusions');
    const authors = views.main.getByRole('list', { name: 'Authors' }).getByRole('link');
    await expect(authors).toHaveText(['Bo-Hsu Ke', 'You-Zhe Xie', 'Yu-Lun Liu', 'Wei-Chen Chiu']);
    const code = views.link('Code');
    await expect(code).toHaveAttribute('href', 'https://github.com/Hentci/StealthAttack_official');
    await expect(code).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(views.link('Project page')).toHaveAttribute('href', 'https://hentci.github.io/stealthattack/');
    await expect(views.link('National Yang Ming Chiao Tung University')).toHaveAttribute('href', '/orgs/NYCU');
    await expect(views.main.getByRole('heading', { name: 'AI summary' })).toBeVisible();

    await views.link('National Yang Ming Chiao Tung University').click();
    await expect(page).toHaveURL(/\/orgs\/NYCU$/);
    await expect(views.heading).toHaveText('National Yang Ming Chiao Tung University');
    await expect(views.main.getByRole('article', { name: /StealthAttack/ })).toBeVisible();
  });

  test('an author page lists the papers of that author', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/2510.02314');
    await views.main.getByRole('list', { name: 'Authors' }).getByRole('link', { name: 'Yu-Lun Liu' }).click();
    await expect(page).toHaveURL(/\/authors\/Yu-Lun%20Liu$/);
    await expect(views.count).toHaveText(/^\d+ papers?$/, { timeout: 30_000 });
    await expect(views.main.getByRole('article', { name: /StealthAttack/ })).toBeVisible();
  });

  test('$...$ in an abstract is typeset by KaTeX', async ({ page, context }) => {
    // The real abstracts hold no well-formed math, so one real paper gets some on its way in.
    await context.route(/\/corpus\/2025-10\.json$/, async (route) => {
      const response = await route.fetch();
      const shard = (await response.json()) as { papers: { id: string; abstract: string }[] };
      const paper = shard.papers.find((p) => p.id === '2510.02314')!;
      paper.abstract += ' The attack costs $\\mathcal{O}(n \\log n)$ time and $x^2 < y$ holds.';
      await route.fulfill({ response, json: shard });
    });
    const views = new ViewsModel(page);
    await views.open('/papers/2510.02314');
    const abstract = views.main.getByRole('region', { name: 'Abstract' });
    await expect(abstract.locator('.katex')).toHaveCount(2);
    await expect(abstract.locator('math')).toHaveCount(2);
    await expect(abstract).not.toContainText('$');
  });

  test('tags in an abstract show as text and add no element', async ({ page }) => {
    const views = new ViewsModel(page);
    for (const [id, tag] of [
      ['2507.03745', '<a href="https://cumulo-autumn.github.io/StreamDiT/">'],
      ['2505.18142', '<span style="font-weight: bold; color: rgb(214, 21, 21);">'],
    ] as const) {
      await views.open(`/papers/${id}`);
      const abstract = views.main.getByRole('region', { name: 'Abstract' }).getByRole('paragraph');
      await expect(abstract).toContainText(tag);
      await expect(abstract.locator('a, span')).toHaveCount(0);
    }
  });

  test('an impossible date explains itself and links to the nearest day with papers', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-02-30');
    await expect(views.heading).toHaveText('Not a valid date');
    await expect(views.main).toContainText('“2025-02-30” is not a real date');
    await views.link('Friday, February 28, 2025').click();
    await expect(page).toHaveURL(/\/papers\/date\/2025-02-28$/);
    await views.expectTitlesInOrder(hfDayTitles('2025-02-28').slice(0, 2));
  });

  test('an unknown paper id shows a not-found page', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/0000.00000');
    await expect(views.heading).toHaveText('Paper not found');
    await expect(views.main).toContainText('0000.00000');
    await expect(views.link('Go to the newest papers')).toBeVisible();
  });

  test('a day without papers says so', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-04');
    await expect(views.main).toContainText('No papers on Saturday, October 4, 2025');
    await expect(views.articles).toHaveCount(0);
    await views.step('Previous day');
    await expect(page).toHaveURL(/\/papers\/date\/2025-10-03$/);
  });
});
