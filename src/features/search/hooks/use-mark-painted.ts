import { useEffect } from 'react';

/**
 * Marks `search:painted` for `text` once the frame showing its answer is painted: what the
 * person sees, not just what React committed. Both a result list and the "no papers match"
 * state are answers; latency is measured from `search:input` to this mark.
 */
export function useMarkPainted(text: string, active: boolean, answer: unknown, workerMs?: number): void {
  useEffect(() => {
    if (!active) return;
    // `workerMs`: the search's own time in its worker, so a slow keystroke can be told apart
    // from slow painting (the bench logs both).
    const frame = requestAnimationFrame(() => setTimeout(() => performance.mark('search:painted', { detail: { text, workerMs } }), 0));
    return () => cancelAnimationFrame(frame);
  }, [text, active, answer, workerMs]);
}
