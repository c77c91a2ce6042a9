import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstView, afterPaint, firstViewShown, resetFirstViewForTests } from './first-view-store.ts';

afterEach(() => {
  resetFirstViewForTests();
  vi.useRealTimers();
});

describe('afterFirstView', () => {
  it('waits for the first view, then lets every waiter go at once', async () => {
    vi.useFakeTimers();
    const order: string[] = [];
    void afterFirstView(10_000).then(() => order.push('a'));
    void afterFirstView(10_000).then(() => order.push('b'));
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual([]);
    firstViewShown();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['a', 'b']);
    // Once shown, later callers do not wait.
    await afterFirstView(10_000);
  });

  it('gives up waiting after the fallback, so nothing waits forever on a view that never reads', async () => {
    vi.useFakeTimers();
    let done = false;
    void afterFirstView(1_500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1_499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});

describe('afterPaint', () => {
  it('calls back after two frames and a task, and not once cancelled', async () => {
    const calls: string[] = [];
    afterPaint(() => calls.push('kept'));
    const cancel = afterPaint(() => calls.push('cancelled'));
    cancel();
    expect(calls).toEqual([]);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 5))));
    expect(calls).toEqual(['kept']);
  });
});
