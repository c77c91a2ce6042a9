import { expect, type Locator, type Page } from '@playwright/test';

export type ImportState = 'running' | 'done' | 'pending' | 'idle' | 'error' | 'cancelled';

/** Generous: the first import of a corpus runs in a worker and can take a while on CI. */
export const IMPORT_TIMEOUT_MS = 90_000;

/** The main feed: import progress and the day's papers, found by role and name. */
export class FeedPage {
  readonly main: Locator;
  readonly articles: Locator;
  readonly importProgress: Locator;
  readonly cancelImportButton: Locator;
  private readonly html: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.articles = this.main.getByRole('article');
    this.importProgress = page.getByRole('progressbar', { name: 'Importing papers' });
    this.cancelImportButton = page.getByRole('button', { name: 'Cancel import' });
    this.html = page.locator('html');
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  article(title: string): Locator {
    return this.main.getByRole('article', { name: title, exact: true });
  }

  async expectImportState(state: ImportState, timeout?: number): Promise<void> {
    await expect(this.html).toHaveAttribute('data-import-state', state, timeout ? { timeout } : {});
  }

  /** Waits until no import is running, then requires that it ended well. */
  async expectImportSettled(): Promise<void> {
    await expect(this.html).toHaveAttribute('data-import-state', /^(done|idle|error|cancelled|pending)$/, {
      timeout: IMPORT_TIMEOUT_MS,
    });
    const state = await this.html.getAttribute('data-import-state');
    expect(state, 'the import ended in a failure state').toMatch(/^(done|idle)$/);
  }

  /**
   * The progress bar's value, from ARIA attributes or a native `<progress>` element's
   * value and max (both give the accessible value); polled until it matches.
   */
  async expectImportProgress(expected: { done: number; total: number }): Promise<void> {
    await expect
      .poll(() =>
        this.importProgress.evaluate((bar) => {
          const read = (aria: string, native: string) => Number(bar.getAttribute(aria) ?? bar.getAttribute(native));
          return { done: read('aria-valuenow', 'value'), total: read('aria-valuemax', 'max') };
        }),
      )
      .toEqual(expected);
  }

  async expectImportedShards(count: number): Promise<void> {
    await expect(this.html).toHaveAttribute('data-imported-shards', String(count));
  }

  /**
   * The feed shows the given day's papers in upvote order: the first articles are its
   * top papers. Checked by position, so it holds whether or not the list is virtualized.
   */
  async expectDay(titles: readonly string[], checkFirst = 5): Promise<void> {
    if (titles.length === 0) throw new Error('expectDay needs at least one title');
    const count = Math.min(checkFirst, titles.length);
    for (let i = 0; i < count; i++) {
      await expect(this.articles.nth(i)).toHaveAccessibleName(titles[i]!);
    }
  }
}
