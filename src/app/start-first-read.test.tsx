import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../db/database.ts';
import { upsertPapers } from '../db/papers-repo.ts';
import { resetStartupReadForTests, startupDayFor, startupReadKeyForTests } from '../db/startup-read.ts';
import { makePaper } from '../testing/make-paper.ts';
import { renderRoute } from '../testing/render-route.tsx';
import { startFirstRead } from './start-first-read.ts';

beforeEach(async () => {
  resetStartupReadForTests();
  await resetDbForTests();
  await upsertPapers([
    makePaper({ id: 'f1', title: 'Friday top', date: '2025-10-03', upvotes: 30 }),
    makePaper({ id: 'f2', title: 'Friday second', date: '2025-10-03', upvotes: 3 }),
    makePaper({ id: 'm1', title: 'Monday paper', date: '2025-10-06', upvotes: 5 }),
  ]);
});
afterEach(resetStartupReadForTests);

/** Until the startup read has the row (it runs before React renders, as in main.tsx). */
async function whenRead(key: string): Promise<void> {
  await waitFor(() => expect(startupDayFor(key)?.read).toBeDefined());
}

describe('the startup read (main.tsx, before React renders)', () => {
  it('reads the row of a day address and its view shows it, then stays live', async () => {
    startFirstRead('/papers/date/2025-10-03');
    await whenRead('day:2025-10-03');
    expect(startupDayFor('day:2025-10-03')!.read!.row!.papers.map((p) => p.id).sort()).toEqual(['f1', 'f2']);
    await renderRoute('/papers/date/2025-10-03');
    expect(await screen.findByRole('article', { name: 'Friday top' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 papers');
    // Live: the view took the read over, so a paper stored later shows without a reload.
    await act(() => upsertPapers([makePaper({ id: 'f3', title: 'Friday late', date: '2025-10-03', upvotes: 50 })]));
    expect(await screen.findByRole('article', { name: 'Friday late' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('3 papers');
  });

  it('reads the newest day at / under the key its view uses', async () => {
    startFirstRead('/');
    await whenRead('day:2025-10-06');
    await renderRoute('/');
    expect(await screen.findByRole('article', { name: 'Monday paper' })).toBeInTheDocument();
  });

  it('reads the newest day of a month address first', async () => {
    startFirstRead('/papers/month/2025-10');
    await whenRead('month:2025-10');
    expect(startupDayFor('month:2025-10')!.read!.row!.date).toBe('2025-10-06');
    await renderRoute('/papers/month/2025-10');
    // The rest of the month follows once the first day has painted.
    expect(await screen.findByRole('article', { name: 'Friday top' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Monday paper' })).toBeInTheDocument();
  });

  it('ends once its view is left, so the next visit reads for itself', async () => {
    startFirstRead('/papers/date/2025-10-03');
    await whenRead('day:2025-10-03');
    const { router, unmount } = await renderRoute('/papers/date/2025-10-03');
    await screen.findByRole('article', { name: 'Friday top' });
    await act(() => router.navigate('/papers/date/2025-10-06'));
    expect(await screen.findByRole('article', { name: 'Monday paper' })).toBeInTheDocument();
    await waitFor(() => expect(startupDayFor('day:2025-10-03')).toBeUndefined());
    unmount();
  });

  it('reads nothing for other addresses or periods that do not exist', () => {
    for (const path of ['/search', '/papers/2510.00001', '/papers/date/2025-02-30', '/papers/month/2025-13', '/papers/date/%E0%A4%A']) {
      startFirstRead(path);
      expect(startupReadKeyForTests()).toBeUndefined();
    }
    startFirstRead('/papers/week/2025-W40');
    expect(startupReadKeyForTests()).toBe('week:2025-W40');
  });
});
