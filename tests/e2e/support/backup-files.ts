import type { Page } from '@playwright/test';

/** A paperfeed library backup (format 1) as a file for `setInputFiles`. */
export function backupFile(name: string, library: { bookmarks?: unknown[]; collections?: unknown[]; notes?: unknown[]; reads?: unknown[] }) {
  const body = { format: 'paperfeed-library', version: 1, exportedAt: new Date().toISOString(), bookmarks: [], collections: [], notes: [], reads: [], ...library };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) };
}

/** `count` valid bookmarks of made-up papers, `2510.00000` on, one minute apart. */
export function manyBookmarks(count: number, start = Date.UTC(2025, 0, 1)) {
  return Array.from({ length: count }, (_, i) => {
    const id = `2510.${String(i).padStart(5, '0')}`;
    const snapshot = {
      id,
      title: `Bookmarked paper number ${i}`,
      abstract: 'An abstract long enough to look like one: we study a problem, propose a method and report results on benchmarks. '.repeat(1),
      authors: ['Ada Lovelace', 'Alan Turing'],
      date: '2025-10-03',
      upvotes: i % 50,
      links: { arxiv: `https://arxiv.org/abs/${id}` },
    };
    return { paperId: id, createdAt: start + i * 60_000, snapshot, collectionIds: [] };
  });
}

/**
 * Starts recording the longest gap between animation frames: what a person feels as a
 * frozen page. Read it back with `longestFrameGap`.
 */
export async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longestGap: number };
    w.__longestGap = 0;
    let last = performance.now();
    const tick = (now: number) => {
      w.__longestGap = Math.max(w.__longestGap, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function longestFrameGap(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longestGap: number }).__longestGap);
}

/** Notes the moment a file input on the page changes (a file was chosen). */
export async function markFileChosen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __chosenAt?: number };
    w.__chosenAt = undefined;
    document.addEventListener('change', () => (w.__chosenAt ??= performance.now()), { capture: true, once: true });
  });
}

/** Milliseconds since the file was chosen (an upper bound: includes the test's polling). */
export async function sinceFileChosen(page: Page): Promise<number> {
  return page.evaluate(() => performance.now() - ((window as unknown as { __chosenAt?: number }).__chosenAt ?? Number.NaN));
}
