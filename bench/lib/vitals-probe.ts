import type { Page } from 'playwright-core';

export interface Vitals {
  INP?: number;
  LCP?: number;
  CLS?: number;
  /** The worst interaction's attribution (web-vitals), for the log. */
  inpAttribution?: Record<string, unknown>;
  clsAttribution?: Record<string, unknown>;
}

/**
 * The current document's Core Web Vitals as the app itself marks them (src/lib/web-vitals-marks.ts:
 * web-vitals' attribution build, every change reported): the latest `web-vitals:<NAME>` mark of each.
 * A missing CLS mark means no layout shift; a missing LCP means web-vitals never ran.
 */
export async function readVitals(page: Page): Promise<Vitals> {
  return (await page.evaluate(`(() => {
    const last = (name) => performance.getEntriesByName('web-vitals:' + name).at(-1)?.detail;
    const inp = last('INP'), lcp = last('LCP'), cls = last('CLS');
    return { INP: inp?.value, LCP: lcp?.value, CLS: cls?.value, inpAttribution: inp?.attribution, clsAttribution: cls?.attribution };
  })()`)) as Vitals;
}

/** Waits until web-vitals has loaded and reported the page's largest paint (proof that it runs). */
export async function waitForVitals(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(`performance.getEntriesByName('web-vitals:LCP').length > 0`, undefined, { timeout: timeoutMs, polling: 100 });
}
