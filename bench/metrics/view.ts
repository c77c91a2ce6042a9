import type { Page } from 'playwright-core';
import type { MetricModule } from '../lib/metric-module.ts';

const RUN_TIMEOUT_MS = 420_000;
const IMPORT_TIMEOUT_MS = 240_000;
/** Frames of scripted scrolling through the month, and pixels per frame (a brisk fling). */
const SCROLL_FRAMES = 240;
const SCROLL_STEP_PX = 150;

/**
 * Installed before the app's scripts: the page's clock (ms since navigation start) at the
 * first animation frame after the first paper card is in the DOM, which is the frame
 * that paints it.
 */
const FIRST_CARD_PROBE = `(() => {
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

/** Day and month views with 100k papers stored: the first card's paint, and scrolling a month. */
const viewModule: MetricModule = {
  prefix: 'view',
  title: 'Feed views (100k papers stored)',
  metrics: {
    'view.day.first_card_ms': {
      unit: 'ms',
      description: 'warm (after the import, repeat visits): navigation start until the frame that paints the first card of /papers/date/<newest day>.',
      target: { below: 500 },
    },
    'view.month.first_card_ms': {
      unit: 'ms',
      description: 'warm: navigation start until the frame that paints the first card of /papers/month/<newest month> (~8k papers in ~22 day rows).',
      target: { below: 500 },
    },
    'view.month.scroll_worst_frame_ms': {
      unit: 'ms',
      description: `longest gap between animation frames while the month view scrolls by ${SCROLL_STEP_PX} px a frame for ${SCROLL_FRAMES} frames, once it has read every day row.`,
      target: { below: 50 },
    },
  },
  async run(ctx) {
    const corpus = await ctx.corpus('100k');
    if (!corpus) return {};
    const visits = ctx.runs(5);
    // One fresh profile pays the import once; the views are then measured warm, as a reader meets them every day after.
    return ctx.withFreshPage({ label: 'view: import then visits', timeoutMs: RUN_TIMEOUT_MS, initScript: FIRST_CARD_PROBE }, async (page) => {
      await page.goto(corpus.url);
      await page.waitForSelector('html[data-import-state=done]', { timeout: IMPORT_TIMEOUT_MS, state: 'attached' });
      const day = await newestStoredDay(page);
      const month = day.slice(0, 7);
      ctx.log(`view: imported; newest day ${day}`);
      const dayMs: number[] = [];
      const monthMs: number[] = [];
      const worstFrame: number[] = [];
      for (let i = 1; i <= visits; i++) {
        dayMs.push(await firstCard(page, new URL(`papers/date/${day}`, corpus.url).href));
        monthMs.push(await firstCard(page, new URL(`papers/month/${month}`, corpus.url).href));
        worstFrame.push(await scrollWorstFrame(page));
        ctx.log(`view visit ${i}/${visits}: day ${Math.round(dayMs.at(-1)!)} ms, month ${Math.round(monthMs.at(-1)!)} ms, worst scroll frame ${Math.round(worstFrame.at(-1)!)} ms`);
      }
      return { 'view.day.first_card_ms': dayMs, 'view.month.first_card_ms': monthMs, 'view.month.scroll_worst_frame_ms': worstFrame };
    });
  },
};

export default viewModule;

async function firstCard(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction('window.__paperfeedView && window.__paperfeedView.firstCardAt !== null', undefined, { timeout: 60_000, polling: 50 });
  return (await page.evaluate('window.__paperfeedView.firstCardAt')) as number;
}

/** Scrolls the month view (already open) once every day row is read, timing each frame. */
async function scrollWorstFrame(page: Page): Promise<number> {
  await page.waitForFunction(`(() => { const s = document.querySelector('main [role=status]'); return s && /papers$/.test(s.textContent || ''); })()`, undefined, { timeout: 60_000, polling: 100 });
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
async function newestStoredDay(page: Page): Promise<string> {
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
