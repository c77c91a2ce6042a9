/**
 * Whether the first view of this page load has shown what it read (a feed's first day row,
 * or its "no papers yet"). Work that can wait, such as starting the import worker to check
 * the served corpus, waits for it: on a slow device that worker's start-up and IndexedDB
 * reads competed with the first card for the CPU and the database (bench/RESULTS.md, "Slow
 * device"). Set by the feed, read by the corpus feature, which may not import each other.
 */
let shown = false;
const waiting = new Set<() => void>();

/** The first view has committed its content; called once its effects run (after paint). */
export function firstViewShown(): void {
  if (shown) return;
  shown = true;
  for (const resolve of waiting) resolve();
  waiting.clear();
}

/** Resolves once the first view has shown its content, or after `fallbackMs` at the latest. */
export function afterFirstView(fallbackMs: number): Promise<void> {
  if (shown) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      waiting.delete(done);
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    waiting.add(done);
  });
}

export function resetFirstViewForTests(): void {
  shown = false;
  waiting.clear();
}

/**
 * Calls `fn` once the frames after now have painted (two animation frames, then a task);
 * returns a cancel. For the feed: its effects run after the commit with the papers, but the
 * virtual list renders its first cards in the frame after that, and the corpus sync started
 * at the commit (a worker's start-up, the manifest's fetch) landed in between (issue #18).
 */
export function afterPaint(fn: () => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (f: () => void) => setTimeout(f, 0);
  frame(() => frame(() => (timer = setTimeout(() => !cancelled && fn(), 0))));
  return () => {
    cancelled = true;
    if (timer) clearTimeout(timer);
  };
}
