import type { Page } from 'playwright-core';
import { BIG_DAY, BIG_DAY_PAPERS, HARVEST_BUSIEST_DAY } from '../lib/bigday-corpus.ts';
import type { MetricModule } from '../lib/metric-module.ts';
import { DESCRIBE_WORST_FRAME, RECORD_LONG_FRAMES } from '../lib/frame-attribution.ts';

const RUN_TIMEOUT_MS = 900_000;
const IMPORT_TIMEOUT_MS = 400_000;
/** A brisk fling: pixels per frame, until the end of the day or this many frames. */
const SCROLL_STEP_PX = 300;
const MAX_FRAMES = 1_200;

/** A big arXiv listing day: scrolling it through, and moving down it with j. */
const bigDayModule: MetricModule = {
  prefix: 'view.bigday',
  title: `A big listing day (${BIG_DAY_PAPERS.toLocaleString('en')} arXiv papers)`,
  metrics: {
    'view.bigday.scroll_worst_frame_ms': {
      unit: 'ms',
      description: `longest gap between animation frames while /papers/date/${BIG_DAY} (${BIG_DAY_PAPERS.toLocaleString('en')} real arXiv papers of the recorded cs harvest, moved onto one day) scrolls by ${SCROLL_STEP_PX} px a frame from top to bottom.`,
      target: { below: 50 },
      baseline: 'view.bigday.harvest_day_scroll_worst_frame_ms',
    },
    'view.bigday.harvest_day_scroll_worst_frame_ms': {
      unit: 'ms',
      description: `the same on the harvest's own busiest day, ${HARVEST_BUSIEST_DAY} (539 papers), in the same page.`,
    },
    'view.bigday.mark_all_read_ms': {
      unit: 'ms',
      description: `from a click on "Mark this day as read" on the ${BIG_DAY_PAPERS.toLocaleString('en')}-paper day until the day says "All read" (one transaction writes the read marks; the list's one live query re-reads them).`,
    },
    'view.bigday.mark_all_read_worst_frame_ms': {
      unit: 'ms',
      description: 'longest gap between animation frames in that time.',
      target: { below: 50 },
    },
    'view.bigday.j_worst_frame_ms': {
      unit: 'ms',
      description: `longest gap between animation frames while j is pressed 100 times on the ${BIG_DAY_PAPERS.toLocaleString('en')}-paper day, one press a frame.`,
      target: { below: 50 },
    },
  },
  async run(ctx) {
    const corpus = await ctx.corpus('bigday');
    if (!corpus) {
      ctx.log('view.bigday: the recorded arXiv harvest (../shared/corpus/arxiv-oai) is absent; skipped');
      return {};
    }
    const visits = ctx.runs(5);
    return ctx.withFreshPage({ label: 'view.bigday: import then visits', timeoutMs: RUN_TIMEOUT_MS }, async (page) => {
      await page.goto(corpus.url);
      await page.waitForSelector('html[data-import-state=done]', { timeout: IMPORT_TIMEOUT_MS, state: 'attached' });
      const big: number[] = [];
      const harvest: number[] = [];
      const keys: number[] = [];
      const markAll: number[] = [];
      const markAllFrame: number[] = [];
      for (let i = 1; i <= visits; i++) {
        harvest.push(await scrollDay(page, new URL(`papers/date/${HARVEST_BUSIEST_DAY}`, corpus.url).href, 539));
        big.push(await scrollDay(page, new URL(`papers/date/${BIG_DAY}`, corpus.url).href, BIG_DAY_PAPERS));
        const scrollCause = await page.evaluate(DESCRIBE_WORST_FRAME);
        keys.push(await pressJ(page, new URL(`papers/date/${BIG_DAY}`, corpus.url).href));
        const keyCause = await page.evaluate(DESCRIBE_WORST_FRAME);
        // The last visit marks the day read; earlier ones would find it already read.
        if (i === visits) {
          const marked = await markAllRead(page);
          markAll.push(marked.ms);
          markAllFrame.push(marked.worst);
          ctx.log(`view.bigday: mark all read ${Math.round(marked.ms)} ms, worst frame ${Math.round(marked.worst)} ms`);
        }
        if (scrollCause) ctx.log(`view.bigday visit ${i}: scrolling: ${scrollCause}`);
        if (keyCause) ctx.log(`view.bigday visit ${i}: j: ${keyCause}`);
        ctx.log(`view.bigday visit ${i}/${visits}: ${BIG_DAY_PAPERS}-paper day ${Math.round(big.at(-1)!)} ms, 539-paper day ${Math.round(harvest.at(-1)!)} ms, j ${Math.round(keys.at(-1)!)} ms`);
      }
      return {
        'view.bigday.scroll_worst_frame_ms': big,
        'view.bigday.harvest_day_scroll_worst_frame_ms': harvest,
        'view.bigday.j_worst_frame_ms': keys,
        'view.bigday.mark_all_read_ms': markAll,
        'view.bigday.mark_all_read_worst_frame_ms': markAllFrame,
      };
    });
  },
};

export default bigDayModule;

/** Opens a day, waits until its whole count is shown, then scrolls to its end timing every frame. */
async function openDay(page: Page, url: string, papers: number): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(`(() => { const s = document.querySelector('main [role=status]'); return s && s.textContent === '${papers.toLocaleString('en')} papers'; })()`, undefined, { timeout: 60_000, polling: 100 });
  await page.waitForSelector('main article');
  await page.evaluate(RECORD_LONG_FRAMES);
}

async function scrollDay(page: Page, url: string, papers: number): Promise<number> {
  await openDay(page, url, papers);
  return (await page.evaluate(`new Promise((resolve) => {
    let last = null, worst = 0, frames = 0, lastY = -1, still = 0;
    const step = (now) => {
      if (last !== null) worst = Math.max(worst, now - last);
      last = now;
      still = window.scrollY === lastY ? still + 1 : 0;
      lastY = window.scrollY;
      if (++frames > ${MAX_FRAMES} || still > 5) return resolve(worst);
      window.scrollBy(0, ${SCROLL_STEP_PX});
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`)) as number;
}

/** j a hundred times, one press a frame (dispatched in the page, so the test's own latency is not timed). */
async function pressJ(page: Page, url: string): Promise<number> {
  await openDay(page, url, BIG_DAY_PAPERS);
  return (await page.evaluate(`new Promise((resolve, reject) => {
    let last = null, worst = 0, presses = 0;
    const step = (now) => {
      if (last !== null) worst = Math.max(worst, now - last);
      last = now;
      if (++presses > 100) {
        // The hundredth card must be the selected one, or the presses did nothing and the figure means nothing.
        const selected = document.querySelector('main article[aria-current=true]');
        return selected && selected.getAttribute('data-paper-index') === '99' ? resolve(worst) : reject(new Error('j did not move the selection to card 100: ' + (selected && selected.getAttribute('data-paper-index'))));
      }
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`)) as number;
}

/** Clicks "Mark this day as read" and times it to "All read", with the worst frame gap meanwhile. */
async function markAllRead(page: Page): Promise<{ ms: number; worst: number }> {
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const button = [...document.querySelectorAll('main button')].find((b) => b.textContent === 'Mark this day as read');
    if (!button) return reject(new Error('no "Mark this day as read" button'));
    const started = performance.now();
    let last = null, worst = 0;
    const step = (now) => {
      if (last !== null) worst = Math.max(worst, now - last);
      last = now;
      const said = document.querySelector('main .unread-summary__count');
      if (said && said.textContent === 'All read') return resolve({ ms: performance.now() - started, worst });
      if (now - started > 60000) return reject(new Error('the day never said "All read"'));
      requestAnimationFrame(step);
    };
    button.click();
    requestAnimationFrame(step);
  })`)) as { ms: number; worst: number };
}
