import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { IMPORT_TIMEOUT_MS } from './feed-page.ts';
import { realUrl } from '../support/fixtures.ts';
import { sharedHfDailyDir } from '../support/paths.ts';

/** The feed views and the paper page, found by role and name only. */
export class ViewsModel {
  readonly main: Locator;
  readonly articles: Locator;
  readonly heading: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.articles = this.main.getByRole('article');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.count = this.main.getByRole('status');
  }

  /** Opens `path` on the real-corpus server and waits for the first import to end. */
  async open(path: string): Promise<void> {
    await this.page.goto(new URL(path, realUrl).href);
    await expect(this.page.locator('html')).toHaveAttribute('data-import-state', /^(done|idle)$/, { timeout: IMPORT_TIMEOUT_MS });
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  link(name: string | RegExp): Locator {
    return this.main.getByRole('link', { name, exact: typeof name === 'string' });
  }

  /** Clicks the previous / next period control (a link, or a disabled button at the ends). */
  step(name: string): Promise<void> {
    return this.link(name).click();
  }

  async expectTitlesInOrder(titles: readonly string[]): Promise<void> {
    for (let i = 0; i < titles.length; i++) await expect(this.articles.nth(i)).toHaveAccessibleName(titles[i]!);
  }
}

/**
 * A day of the shared Hugging Face files in its upvote order, deduplicated. The files list
 * equal upvotes in no stated order; the app breaks ties by id so its order never flickers,
 * and so does this (a stable sort, which keeps the file's order wherever upvotes differ).
 */
export function hfDayTitles(date: string): string[] {
  type Entry = { paper: { id: string; title: string; upvotes: number } };
  const entries = JSON.parse(readFileSync(join(sharedHfDailyDir, `${date}.json`), 'utf8')) as Entry[];
  const seen = new Set<string>();
  return entries
    .filter(({ paper }) => !seen.has(paper.id) && !!seen.add(paper.id))
    .sort((a, b) => b.paper.upvotes - a.paper.upvotes || (a.paper.id < b.paper.id ? -1 : 1))
    .map(({ paper }) => paper.title.replace(/\s+/g, ' ').trim());
}
