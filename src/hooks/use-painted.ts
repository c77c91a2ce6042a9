import { useEffect, useState } from 'react';

/** Longest wait for the frames: a hidden page (and jsdom) may not run animation frames at all. */
const FRAME_WAIT_MS = 250;

/**
 * True once the frame that showed `key` has painted: two animation frames, then a task
 * (or FRAME_WAIT_MS, whichever comes first). Until then, and again for a moment after
 * `key` changes, false.
 *
 * Why: a page can paint what the reader came for first (a paper's title and abstract) and
 * render the rest in a later task, so no single task holds the main thread for the whole
 * page. (Not a transition: a transition's commit can wait for unrelated pending work, and
 * then the rest never arrived in jsdom.)
 */
export function usePainted(key: string | undefined): boolean {
  const [painted, setPainted] = useState<string>();
  useEffect(() => {
    if (key === undefined) return;
    let settled = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    let frameId: number | undefined;
    const done = () => {
      if (settled) return;
      settled = true;
      setPainted(key);
    };
    timers.push(setTimeout(done, FRAME_WAIT_MS));
    if (typeof requestAnimationFrame === 'function') {
      frameId = requestAnimationFrame(() => (frameId = requestAnimationFrame(() => timers.push(setTimeout(done, 0)))));
    }
    return () => {
      settled = true;
      timers.forEach(clearTimeout);
      if (frameId !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frameId);
    };
  }, [key]);
  return key !== undefined && painted === key;
}
