import { useEffect, useState } from 'react';

/**
 * How many of `target` rows to mount now: `step` more per task until all are there. Each
 * library row opens its own live queries, so mounting a page of a hundred at once (say,
 * right after a 5,000-entry import lands) held the main thread for hundreds of ms.
 */
export function useProgressiveCount(target: number, step = 20): number {
  const [count, setCount] = useState(() => Math.min(target, step));
  useEffect(() => {
    if (count === target) return;
    if (count > target) {
      setCount(Math.max(target, Math.min(count, step)));
      return;
    }
    const timer = setTimeout(() => setCount((n) => Math.min(target, n + step)), 0);
    return () => clearTimeout(timer);
  }, [count, target, step]);
  return Math.min(count, target);
}
