import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { isRead } from '../../../db/read-state-repo.ts';
import { READ_DELAY_MS, setReadOnOpen } from '../../../stores/read-on-open-store.ts';
import { useMarkReadOnOpen } from './use-mark-read-on-open.ts';

beforeEach(async () => {
  await resetDbForTests();
});
afterEach(() => {
  vi.useRealTimers();
  setReadOnOpen('open');
});

describe('marking a paper read when it is opened', () => {
  it('marks it at once by default', async () => {
    renderHook(() => useMarkReadOnOpen('2510.00001'));
    await waitFor(async () => expect(await isRead('2510.00001')).toBe(true));
  });

  it('after a few seconds, and not when the page is left sooner', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    setReadOnOpen('delay');
    const left = renderHook(() => useMarkReadOnOpen('2510.00001'));
    vi.advanceTimersByTime(READ_DELAY_MS - 1);
    left.unmount();
    vi.advanceTimersByTime(READ_DELAY_MS);
    renderHook(() => useMarkReadOnOpen('2510.00002'));
    vi.advanceTimersByTime(READ_DELAY_MS);
    vi.useRealTimers();
    await waitFor(async () => expect(await isRead('2510.00002')).toBe(true));
    expect(await isRead('2510.00001')).toBe(false);
  });

  it('never by itself when only by hand', async () => {
    setReadOnOpen('manual');
    const { unmount } = renderHook(() => useMarkReadOnOpen('2510.00001'));
    unmount();
    expect(await isRead('2510.00001')).toBe(false);
  });
});
