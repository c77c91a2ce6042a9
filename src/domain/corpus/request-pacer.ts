export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Spaces requests at least `intervalMs` apart, so a fetch of many days never bursts
 * against the source. `wait()` resolves when the next request may start.
 */
export function createPacer(intervalMs: number, sleep: Sleep, now: () => number = Date.now) {
  let last = Number.NEGATIVE_INFINITY;
  return {
    async wait(signal?: AbortSignal): Promise<void> {
      const due = last + intervalMs - now();
      if (due > 0) await sleep(due, signal);
      last = now();
    },
  };
}

/** setTimeout as a promise that rejects with the signal's reason when aborted. */
export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
