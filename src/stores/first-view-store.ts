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
