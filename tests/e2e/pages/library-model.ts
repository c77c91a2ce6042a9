import type { FeedPage } from './feed-page.ts';
import { expect, type Locator, type Page } from '@playwright/test';

/** The library page and the bits of other pages that act on the library, by role and name. */
export class LibraryModel {
  readonly items: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByRole('main').getByRole('article');
    this.status = page.getByRole('main').getByRole('status').first();
  }

  async open(): Promise<void> {
    // On a phone, a scrolled page condenses the header and hides the navigation until the
    // reader is back at the top (use-condensed-header.ts): go there, as a reader would.
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  }

  item(title: string): Locator {
    return this.page.getByRole('main').getByRole('article', { name: title, exact: true });
  }

  async createCollection(name: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'New collection' }).fill(name);
    await this.page.getByRole('button', { name: 'Create collection' }).click();
    await expect(this.page.getByRole('button', { name: `Rename ${name}` })).toBeVisible();
  }

  async addToCollection(title: string, collection: string): Promise<void> {
    const box = this.item(title).getByRole('checkbox', { name: collection });
    await box.check();
    await expect(box).toBeChecked();
  }

  async writeNote(title: string, text: string): Promise<void> {
    const item = this.item(title);
    await item.getByRole('textbox', { name: 'Note' }).fill(text);
    await expect(item.getByRole('status')).toHaveText('Saved');
  }

  async expectTitles(titles: readonly string[]): Promise<void> {
    await expect(this.items).toHaveCount(titles.length);
    for (const [i, title] of titles.entries()) await expect(this.items.nth(i)).toHaveAccessibleName(title);
  }
}

/** Waits until a service worker controls the page, so what it precached is served offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

/** Bookmarks the first `count` papers of the feed shown; returns their titles, newest bookmark first. */
export async function bookmarkFirst(page: Page, count: number): Promise<string[]> {
  const articles = page.getByRole('main').getByRole('article');
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    const article = articles.nth(i);
    const title = (await article.getByRole('heading').textContent())!.replace(/\s+/g, ' ').trim();
    const button = article.getByRole('button', { name: 'Bookmark' });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    titles.unshift(title);
  }
  return titles;
}

/** The demo feed imported, its first `count` papers bookmarked, and the library open listing them. */
export async function libraryWithBookmarks(page: Page, feedPage: FeedPage, url: string, count: number) {
  await feedPage.goto(url);
  await feedPage.expectImportSettled();
  const titles = await bookmarkFirst(page, count);
  const library = new LibraryModel(page);
  await library.open();
  await library.expectTitles(titles);
  return { titles, library };
}
