import { beforeEach, describe, expect, it } from 'vitest';
import { periodContaining } from '../../../domain/feed/period.ts';
import { periodPath } from '../../../lib/paths.ts';
import { feedViewRequested, feedViewShown, periodKeyBase, resetPeriodKeyTargetForTests } from './period-key-target.ts';

const view = (kind: 'day' | 'week', date: string) => {
  const period = periodContaining(kind, date);
  return { period, sort: 'upvotes' as const, path: periodPath(period) };
};

beforeEach(resetPeriodKeyTargetForTests);

describe('the view period keys act on', () => {
  it('is the view on screen when no key is pending', () => {
    feedViewShown(view('day', '2025-10-03'));
    expect(periodKeyBase()?.path).toBe('/papers/date/2025-10-03');
  });

  it('is the last view a key asked for until the screen catches up', () => {
    feedViewShown(view('day', '2025-10-03'));
    feedViewRequested(view('day', '2025-10-06'));
    feedViewRequested(view('week', '2025-10-06'));
    expect(periodKeyBase()?.path).toBe('/papers/week/2025-W41');
    // The first request lands: the second is still on its way.
    feedViewShown(view('day', '2025-10-06'));
    expect(periodKeyBase()?.path).toBe('/papers/week/2025-W41');
    feedViewShown(view('week', '2025-10-06'));
    expect(periodKeyBase()?.path).toBe('/papers/week/2025-W41');
  });

  it('forgets pending requests when a view no key asked for arrives (a click)', () => {
    feedViewShown(view('day', '2025-10-03'));
    feedViewRequested(view('day', '2025-10-06'));
    feedViewShown(view('day', '2025-09-01'));
    expect(periodKeyBase()?.path).toBe('/papers/date/2025-09-01');
  });
});
