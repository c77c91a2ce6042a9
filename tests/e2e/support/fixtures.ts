import { test as base } from '@playwright/test';
import { FeedPage } from '../pages/feed-page.ts';

export { expect } from '@playwright/test';
export { demoUrl, realUrl } from './paths.ts';

/** Every test gets a fresh browser context (an empty profile) and a FeedPage on it. */
export const test = base.extend<{ feedPage: FeedPage }>({
  feedPage: async ({ page }, use) => {
    await use(new FeedPage(page));
  },
});
