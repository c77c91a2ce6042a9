import { expect, type Locator, type Page } from '@playwright/test';

/** The "arXiv announcements" settings on the import page, and the status line they feed. */
export class ArxivRefreshSettings {
  readonly categories: Locator;
  readonly feedAddress: Locator;
  readonly save: Locator;
  readonly enabled: Locator;
  readonly refreshNow: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.categories = page.getByRole('textbox', { name: 'arXiv categories' });
    this.feedAddress = page.getByRole('textbox', { name: 'Feed address' });
    this.save = page.getByRole('button', { name: 'Save arXiv settings' });
    this.enabled = page.getByRole('checkbox', { name: 'Fetch arXiv announcements' });
    this.refreshNow = page.getByRole('button', { name: 'Refresh arXiv now' });
    this.status = page.getByRole('status', { name: 'arXiv refresh' });
  }

  async follow(categories: string, feedAddress: string): Promise<void> {
    await this.categories.fill(categories);
    await this.feedAddress.fill(feedAddress);
    await this.save.click();
    await expect(this.save).toBeDisabled();
  }
}
