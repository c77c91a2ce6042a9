import type { MetricModule } from '../lib/metric-module.ts';
import { FIRST_CARD_PROBE, SCROLL_FRAMES, SCROLL_STEP_PX, firstCard, newestStoredDay, scrollWorstFrame } from '../lib/view-probe.ts';

const RUN_TIMEOUT_MS = 420_000;
const IMPORT_TIMEOUT_MS = 240_000;

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
