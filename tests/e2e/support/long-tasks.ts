import type { Page } from '@playwright/test';

/**
 * Records the main thread's long tasks (over 50 ms, the browser's Long Tasks API) from
 * `start` to `stop`: what a person feels as a frozen page. Install before the page loads.
 */
export const LONG_TASK_SCRIPT = `(() => {
  const probe = { on: false, tasks: [] };
  window.__longTasks = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (probe.on) probe.tasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: false });
})();`;

export async function startLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = (window as unknown as { __longTasks: { on: boolean; tasks: unknown[] } }).__longTasks;
    probe.tasks = [];
    probe.on = true;
  });
}

/** The long tasks since `start`, longest first. */
export async function stopLongTasks(page: Page): Promise<{ start: number; ms: number }[]> {
  // A task that is still running is reported when it ends: let one frame pass first.
  return page.evaluate(
    () =>
      new Promise<{ start: number; ms: number }[]>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const probe = (window as unknown as { __longTasks: { on: boolean; tasks: { start: number; ms: number }[] } }).__longTasks;
            probe.on = false;
            resolve([...probe.tasks].sort((a, b) => b.ms - a.ms));
          }, 0),
        ),
      ),
  );
}
