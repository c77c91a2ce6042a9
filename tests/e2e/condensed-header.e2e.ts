import { demoUrl, expect, test } from './support/fixtures.ts';

// On a phone the header condenses once the reader scrolls into the papers and opens again at
// the top (use-condensed-header.ts, watched by an IntersectionObserver, not a scroll handler).
test('on a phone the header condenses past the first screen of papers and opens again at the top', async ({ page, feedPage }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await feedPage.goto(demoUrl);
  await expect(feedPage.articles.first()).toBeVisible();
  // A day of the demo corpus is several screens long on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(2000);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();

  await page.mouse.wheel(0, 100);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
  await expect(nav).toBeVisible(); // not yet: 160 px first

  await page.mouse.wheel(0, 900);
  await expect(nav).toBeHidden();
  await page.mouse.wheel(0, -300); // part of the way up: stays condensed, no flip-flop
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(160);
  await expect(nav).toBeHidden();

  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(nav).toBeVisible();
});
