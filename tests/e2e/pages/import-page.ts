import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** The "Import papers" page and the live refresh setting on it, by role and label. */
export class ImportPage {
  readonly heading: Locator;
  readonly chooseFiles: Locator;
  readonly chooseFolder: Locator;
  readonly report: Locator;
  readonly skippedTable: Locator;
  readonly liveRefresh: Locator;
  readonly sourceAddress: Locator;
  readonly saveAddress: Locator;
  readonly refreshStatus: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Import papers', level: 1 });
    this.chooseFiles = page.getByLabel('Choose files');
    this.chooseFolder = page.getByLabel('Choose a folder');
    this.report = page.getByRole('region', { name: 'Import report' });
    this.skippedTable = this.report.getByRole('table', { name: 'Skipped entries' });
    this.liveRefresh = page.getByRole('checkbox', { name: 'Fetch new days from Hugging Face' });
    this.sourceAddress = page.getByRole('textbox', { name: 'Source address' });
    this.saveAddress = page.getByRole('button', { name: 'Save address' });
    this.refreshStatus = page.getByRole('status', { name: 'Live refresh' });
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(new URL('import', baseUrl).href);
    await expect(this.heading).toBeVisible();
  }

  count(label: string): Locator {
    return this.report.getByLabel(new RegExp(`^${label}: \\d+$`));
  }

  async expectCount(label: string, value: number): Promise<void> {
    await expect(this.report.getByLabel(`${label}: ${value}`, { exact: true })).toBeVisible();
  }

  async setSource(url: string): Promise<void> {
    await this.sourceAddress.fill(url);
    await this.saveAddress.click();
    await expect(this.page.getByText(`Requests go to ${url}/api/daily_papers.`)).toBeVisible();
  }
}

/**
 * Serves an empty corpus, so a test starts from no papers whatever the build bundles, and
 * refuses every request that does not go to 127.0.0.1 (live refresh defaults to huggingface.co).
 */
export async function startEmpty(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  await context.route(/\/corpus\/manifest\.json(\?.*)?$/, (route) =>
    route.fulfill({ json: { format: 'paperfeed-corpus', version: 1, name: 'empty (test)', demo: false, shards: [] } }),
  );
}
