import type { Page } from 'playwright-core';

/** Frames of scripted scrolling through the month, and pixels per frame (a brisk fling). */
export const SCROLL_FRAMES = 240;
export const SCROLL_STEP_PX = 150;

/**
 * Installed before the app's scripts: the page's clock (ms since navigation start) at the
 * first animation frame after the first paper card is in the DOM, which is the frame
 * that paints it.
 */
export const FIRST_CARD_PROBE = `(() => {
  if (typeof document === 'undefined' || window.__paperfeedView) return;
  const probe = { firstCardAt: null };
  window.__paperfeedView = probe;
  const observer = new MutationObserver(() => {
    if (probe.firstCardAt !== null || !document.querySelector('main article')) return;
    observer.disconnect();
    requestAnimationFrame(() => { probe.firstCardAt = performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true });
})();`;

/** Opens `url` and returns the page clock at the frame that paints its first card. */
export async function firstCard(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction('window.__paperfeedView && window.__paperfeedView.firstCardAt !== null', undefined, { timeout: 120_000, polling: 50 });
  return (await page.evaluate('window.__paperfeedView.firstCardAt')) as number;
}

/** Waits until the open period view has read every day row (its status ends in "papers"). */
export async function waitForWholePeriod(page: Page): Promise<void> {
  await page.waitForFunction(`(() => { const s = document.querySelector('main [role=status]'); return s && /papers$/.test(s.textContent || ''); })()`, undefined, { timeout: 120_000, polling: 100 });
}

/** Scrolls the month view (already open) once every day row is read, timing each frame. */
export async function scrollWorstFrame(page: Page): Promise<number> {
  await waitForWholePeriod(page);
  return (await page.evaluate(`new Promise((resolve) => {
    let last = null, worst = 0, frames = 0;
    const step = (now) => {
      if (last !== null) worst = Math.max(worst, now - last);
      last = now;
      if (++frames > ${SCROLL_FRAMES}) return resolve(worst);
      window.scrollBy(0, ${SCROLL_STEP_PX});
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`)) as number;
}

/** The newest day row's key, read from IndexedDB directly (the bench knows nothing of the app's modules). */
export async function newestStoredDay(page: Page): Promise<string> {
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('paperfeed');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const cursor = open.result.transaction('days').objectStore('days').openKeyCursor(null, 'prev');
      cursor.onsuccess = () => { resolve(cursor.result.key); open.result.close(); };
      cursor.onerror = () => reject(cursor.error);
    };
  })`)) as string;
}
