import type { Page } from 'playwright-core';
import { describeLongFrames, IMPORT_PROBE_SCRIPT, type LongFrame } from './import-probe.ts';
import { readVitals } from './vitals-probe.ts';

/** A reader's pace while waiting: one interaction (open the shortcuts, close them) about a second apart. */
const INTERACTION_GAP_MS = 700;

/**
 * Added to the import probe: the slowest interaction by the browser's own Event Timing
 * (down to 16 ms), beside web-vitals' INP, which leaves interactions under 40 ms unreported.
 */
export const SLOW_IMPORT_PROBE_SCRIPT = `${IMPORT_PROBE_SCRIPT}
(() => {
  if (typeof document === 'undefined' || window.__paperfeedEvents) return;
  const events = { worst: 0, interactions: new Set() };
  window.__paperfeedEvents = events;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.interactionId) continue;
        events.interactions.add(e.interactionId);
        events.worst = Math.max(events.worst, e.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
})();`;

export interface InteractiveImport {
  /** Navigation start to html[data-import-state=done]. */
  ms: number;
  longestTaskMs: number;
  /** web-vitals' INP over the interactions during the import, or the worst Event Timing duration when none reached 40 ms. */
  inpMs: number;
  interactions: number;
  inpAttribution?: Record<string, unknown>;
  /** The longest animation frames before import done, with their scripts. */
  longFrames: string;
}

/**
 * The first visit's import of the served corpus while a reader keeps using the page: every
 * ~second the keyboard-shortcuts dialog is opened by a click and closed by Escape, until the
 * import is done. Returns the import time, its longest main-thread task and the INP of those
 * interactions. The page must have been opened with SLOW_IMPORT_PROBE_SCRIPT installed.
 */
export async function importWhileInteracting(page: Page, url: string): Promise<InteractiveImport> {
  await page.goto(url, { waitUntil: 'commit' });
  const done = async () => (await page.evaluate('window.__paperfeedBench && window.__paperfeedBench.endState !== null')) as boolean;
  // CSS, not getByRole: Playwright resolves role selectors in the page, computing accessible
  // names and styles over the whole document; on a throttled main thread that showed in the
  // profile as seconds of the page's own time, inside the long tasks being measured.
  const help = page.locator('button[aria-label="Keyboard shortcuts"]');
  const dialog = page.locator('dialog.keyboard-help');
  let interactions = 0;
  while (!(await done())) {
    await help.click({ timeout: 60_000 });
    await dialog.waitFor({ state: 'visible', timeout: 60_000 });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 60_000 });
    interactions++;
    await page.waitForTimeout(INTERACTION_GAP_MS);
  }
  const reading = (await page.evaluate(`({
    endState: window.__paperfeedBench.endState,
    endAt: window.__paperfeedBench.endAt,
    longTasks: window.__paperfeedBench.longTasks,
    longFrames: window.__paperfeedBench.longFrames,
    worstEvent: window.__paperfeedEvents.worst,
  })`)) as { endState: string; endAt: number; longTasks: { start: number; duration: number }[]; longFrames: LongFrame[]; worstEvent: number };
  if (reading.endState !== 'done') throw new Error(`the import ended in state '${reading.endState}'`);
  if (interactions === 0) throw new Error('the import finished before the first interaction: nothing to measure INP on');
  const vitals = await readVitals(page);
  return {
    ms: reading.endAt,
    longestTaskMs: Math.max(0, ...reading.longTasks.filter((task) => task.start < reading.endAt).map((task) => task.duration)),
    inpMs: vitals.INP ?? reading.worstEvent,
    interactions,
    inpAttribution: vitals.inpAttribution,
    longFrames: describeLongFrames(reading.longFrames, reading.endAt, 5, reading.longTasks),
  };
}
