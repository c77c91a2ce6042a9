import { demoUrl, expect, test } from './support/fixtures.ts';

// Issue #18: a warm start of the feed must not move what is already on screen (CLS). The
// sources found by the bench's layout-shift attribution: the demo notice appearing above the
// feed after IndexedDB answered (pushed <main> down 139 px), and the notice's own sentence
// coming and going with each start's quick check for new shards.
const SHIFT_PROBE = `(() => {
  window.__shifts = [];
  const name = (n) => !n ? '?' : n.nodeType !== 1 ? n.nodeName : n.tagName.toLowerCase() + (typeof n.className === 'string' && n.className ? '.' + n.className.trim().split(/\\s+/).join('.') : '');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) window.__shifts.push({ value: e.value, sources: (e.sources || []).map((s) => name(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

test('a warm start of the newest day shifts nothing on screen, the demo notice included', async ({ feedPage, page }) => {
  await feedPage.goto(demoUrl);
  await feedPage.expectImportSettled();
  await expect(page.getByRole('note', { name: 'Demo data' })).toBeVisible();

  await page.addInitScript(SHIFT_PROBE);
  await page.reload();
  await expect(page.locator('main article').first()).toBeVisible();
  // Each start checks for new shards once the first cards have painted: wait for that check to end.
  await page.waitForFunction(() => performance.getEntriesByName('paperfeed:import:start').length > 0, undefined, { timeout: 30_000 });
  await feedPage.expectImportSettled();
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText(/papers?$/);
  await expect(page.getByRole('note', { name: 'Demo data' })).toBeVisible();

  const shifts = (await page.evaluate('window.__shifts')) as { value: number; sources: string[] }[];
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.005);
});
