import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures.ts';
import { realUrl } from '../support/paths.ts';
import { readServedCorpus } from '../support/served-corpus.ts';

/** The search page, by role and name only. */
export class SearchPageModel {
  readonly box: Locator;
  readonly results: Locator;
  readonly status: Locator;
  /** Exact: while the search page is still on its way, the feed view's "Sort by" is on screen. */
  readonly sort: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search papers' });
    this.results = page.getByRole('region', { name: 'Search results' }).getByRole('article');
    this.status = page.getByRole('status').filter({ hasText: /paper|No papers|Preparing/ });
    this.sort = page.getByRole('combobox', { name: 'Sort', exact: true });
  }

  async openApp(url = realUrl) {
    await this.page.goto(url);
    await expect(this.page.locator('html')).toHaveAttribute('data-import-state', /^(done|idle)$/, { timeout: 60_000 });
  }

  async type(text: string) {
    await this.box.click();
    await this.box.pressSequentially(text);
  }

  /** Waits until the whole corpus is indexed and the status line belongs to the text in the box. */
  async settled(): Promise<string> {
    const { totalPapers } = await readServedCorpus(this.page.request, realUrl);
    await expect(this.page.locator('.search-page')).toHaveAttribute('data-index-papers', String(totalPapers), { timeout: 60_000 });
    await expect(this.page.getByRole('status')).toHaveText(/^[\d,]+ (papers?|match)/, { timeout: 30_000 });
    await expect(this.page.getByRole('status')).not.toHaveText(/updating/);
    return (await this.page.getByRole('status').textContent())!;
  }

  /** How many papers match every word (the first number in the status line), once settled. */
  async count(): Promise<number> {
    return Number((await this.settled()).match(/^[\d,]+/)![0].replace(/,/g, ''));
  }

  titles() {
    return this.results.getByRole('heading').allTextContents();
  }
}
