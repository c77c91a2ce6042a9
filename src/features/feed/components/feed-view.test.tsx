import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { renderRoute } from '../../../testing/render-route.tsx';
import { makePaper } from '../../../testing/make-paper.ts';
import { untilStatus } from '../../../testing/until-status.ts';

beforeEach(async () => {
  await resetDbForTests();
  await upsertPapers([
    makePaper({ title: 'Thursday low', date: '2025-10-02', upvotes: 1 }),
    makePaper({ title: 'Friday top', date: '2025-10-03', upvotes: 30, publishedAt: '2025-10-01T00:00:00Z' }),
    makePaper({ title: 'Friday middle', date: '2025-10-03', upvotes: 20, publishedAt: '2025-10-02T12:00:00Z' }),
    makePaper({ title: 'Friday last', date: '2025-10-03', upvotes: 10, publishedAt: '2025-10-02T06:00:00Z' }),
    makePaper({ title: 'Monday paper', date: '2025-10-06', upvotes: 5 }),
  ]);
});

const titles = () => screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading').textContent);

describe('day view', () => {
  it('shows the day ranked by upvotes with its count', async () => {
    await renderRoute('/papers/date/2025-10-03');
    expect(await screen.findByRole('heading', { level: 1, name: 'Friday, October 3, 2025' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Friday top' })).toBeInTheDocument();
    expect(titles()).toEqual(['Friday top', 'Friday middle', 'Friday last']);
    expect(screen.getByRole('status')).toHaveTextContent('3 papers');
  });

  it('sorts by newest when the URL says so', async () => {
    await renderRoute('/papers/date/2025-10-03?sort=newest');
    await screen.findByRole('article', { name: 'Friday top' });
    expect(titles()).toEqual(['Friday middle', 'Friday last', 'Friday top']);
    expect(screen.getByLabelText('Sort by')).toHaveValue('newest');
  });

  it('links previous and next across the weekend, and the tabs to the week and month', async () => {
    await renderRoute('/papers/date/2025-10-03');
    await screen.findByRole('article', { name: 'Friday top' });
    // The day's row and the list of days with papers are read apart; the links need the latter.
    expect(await screen.findByRole('link', { name: 'Next day' })).toHaveAttribute('href', '/papers/date/2025-10-06');
    expect(screen.getByRole('link', { name: 'Previous day' })).toHaveAttribute('href', '/papers/date/2025-10-02');
    const tabs = screen.getByRole('navigation', { name: 'Period' });
    expect(within(tabs).getByRole('link', { name: 'Daily' })).toHaveAttribute('aria-current', 'page');
    expect(within(tabs).getByRole('link', { name: 'Weekly' })).toHaveAttribute('href', '/papers/week/2025-W40');
    expect(within(tabs).getByRole('link', { name: 'Monthly' })).toHaveAttribute('href', '/papers/month/2025-10');
  });

  it('opens the newest day at /', async () => {
    await renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Monday, October 6, 2025' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Monday paper' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next day' })).toBeDisabled();
  });

  it('says when a day has no papers', async () => {
    await renderRoute('/papers/date/2025-10-04');
    expect(await screen.findByText(/No papers on Saturday, October 4, 2025/)).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'Friday, October 3, 2025' })).toHaveAttribute('href', '/papers/date/2025-10-03');
    expect(screen.getByRole('link', { name: 'Monday, October 6, 2025' })).toHaveAttribute('href', '/papers/date/2025-10-06');
  });

  it('after the corpus ends, links back to the last day with papers', async () => {
    await renderRoute('/papers/date/2025-11-20');
    expect(await screen.findByText(/No papers on Thursday, November 20, 2025/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Monday, October 6, 2025' })).toHaveAttribute('href', '/papers/date/2025-10-06');
    expect(screen.queryByText(/Try the previous/)).toBeNull();
  });

  it('takes [ ] and w on a day without papers too (no list to own the keys)', async () => {
    const user = userEvent.setup();
    await renderRoute('/papers/date/2025-10-04');
    await screen.findByText(/No papers on Saturday, October 4, 2025/);
    await user.keyboard('w');
    expect(await screen.findByRole('heading', { level: 1, name: /Week 40/ })).toBeInTheDocument();
  });

  it('marks the days with papers in the date picker', async () => {
    const user = userEvent.setup();
    await renderRoute('/papers/date/2025-10-03');
    await user.click(await screen.findByRole('button', { name: 'Pick a date' }));
    const picker = screen.getByRole('group', { name: 'Days with papers' });
    expect(within(picker).getByRole('link', { name: 'Thursday, October 2, 2025, has papers' })).toHaveAttribute('href', '/papers/date/2025-10-02');
    expect(within(picker).queryByRole('link', { name: /October 4, 2025/ })).toBeNull();
    expect(within(picker).getByRole('link', { name: 'Friday, October 3, 2025, has papers' })).toHaveAttribute('aria-current', 'date');
  });

  it('explains an impossible date and links to the nearest day with papers', async () => {
    await renderRoute('/papers/date/2025-10-32');
    expect(await screen.findByRole('heading', { name: 'Not a valid date' })).toBeInTheDocument();
    // 2025-10-32 most likely meant the 31st, and the 6th is the day with papers closest to it.
    expect(await screen.findByRole('link', { name: 'Monday, October 6, 2025' })).toHaveAttribute('href', '/papers/date/2025-10-06');
  });
});

describe('week and month views', () => {
  it('ranks the whole week by upvotes, with no day headings', async () => {
    await renderRoute('/papers/week/2025-W40');
    await untilStatus('4 papers');
    expect(screen.getByRole('heading', { level: 1, name: 'Week 40 · Sep 29 – Oct 5, 2025' })).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    expect(titles()).toEqual(['Friday top', 'Friday middle', 'Friday last', 'Thursday low']);
  });

  it('groups the week by day, newest first, when sorted by newest', async () => {
    await renderRoute('/papers/week/2025-W40?sort=newest');
    await untilStatus('4 papers');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      expect.stringMatching(/^Friday, October 3 · 3 papers/),
      expect.stringMatching(/^Thursday, October 2 · 1 paper\b/),
    ]);
    expect(titles()).toEqual(['Friday middle', 'Friday last', 'Friday top', 'Thursday low']);
  });

  it('puts the most upvoted paper of the month first, whatever its day', async () => {
    await upsertPapers([makePaper({ title: 'Late top', date: '2025-10-20', upvotes: 99 })]);
    await renderRoute('/papers/month/2025-10');
    await untilStatus('6 papers');
    expect(titles()[0]).toBe('Late top');
    expect(titles()[1]).toBe('Friday top');
  });

  it('shows the whole month', async () => {
    await renderRoute('/papers/month/2025-10');
    // The view first shows the month as last read in this JS realm (the test before added a
    // paper to a database since reset), then its live query's answer.
    await untilStatus('5 papers');
    expect(screen.getByRole('heading', { level: 1, name: 'October 2025' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous month' })).toBeDisabled();
  });

  it('rejects a week that does not exist', async () => {
    await renderRoute('/papers/week/2025-W60');
    expect(await screen.findByRole('heading', { name: 'Not a valid ISO week' })).toBeInTheDocument();
  });
});

describe('j and k in a day', () => {
  const selected = () => screen.getAllByRole('article').filter((a) => a.getAttribute('aria-current') === 'true');

  it('move the selection and focus one card at a time, one card selected, stopping at either end', async () => {
    const user = userEvent.setup();
    await renderRoute('/papers/date/2025-10-03');
    await screen.findByRole('article', { name: 'Friday last' });
    expect(selected()).toEqual([]);
    await user.keyboard('j');
    const top = screen.getByRole('article', { name: 'Friday top' });
    await waitFor(() => expect(selected()).toEqual([top]));
    expect(top).toHaveFocus();
    await user.keyboard('jj');
    const last = screen.getByRole('article', { name: 'Friday last' });
    await waitFor(() => expect(selected()).toEqual([last]));
    expect(last).toHaveFocus();
    // The last card stays selected: j has nowhere further to go.
    await user.keyboard('j');
    expect(selected()).toEqual([last]);
    await user.keyboard('k');
    const middle = screen.getByRole('article', { name: 'Friday middle' });
    await waitFor(() => expect(selected()).toEqual([middle]));
    expect(middle).toHaveFocus();
    await user.keyboard('kk');
    await waitFor(() => expect(selected()).toEqual([top]));
  });

  it('start with nothing selected in a new history, whatever another history selected', async () => {
    const user = userEvent.setup();
    const first = await renderRoute('/papers/date/2025-10-03');
    await screen.findByRole('article', { name: 'Friday last' });
    await user.keyboard('jj');
    await waitFor(() => expect(selected()).toEqual([screen.getByRole('article', { name: 'Friday middle' })]));
    first.unmount();
    // A second router, on the same path: its first entry has the same location.key ("default").
    await renderRoute('/papers/date/2025-10-03');
    await screen.findByRole('article', { name: 'Friday last' });
    expect(selected()).toEqual([]);
  });

  // Pressed before the view has read anything: the list is not there, nor the days with
  // papers. Each test opens a day no test before has shown: a view shown in this JS realm
  // renders at once from memory (use-period-papers.ts), with nothing left to wait for.
  const pressBeforeLoad = (keys: string) => {
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    for (const key of keys) fireEvent.keyDown(document.body, { key });
  };

  it('pressed before the day has loaded, act once its list is there', async () => {
    await upsertPapers([makePaper({ title: 'Tuesday top', date: '2025-10-07', upvotes: 9 }), makePaper({ title: 'Tuesday next', date: '2025-10-07', upvotes: 8 })]);
    await renderRoute('/papers/date/2025-10-07');
    pressBeforeLoad('jj');
    const next = await screen.findByRole('article', { name: 'Tuesday next' }, { timeout: 10_000 });
    await waitFor(() => expect(selected()).toEqual([next]));
    expect(next).toHaveFocus();
  });

  it('pressed at / before the newest day is known, act on that day once it is', async () => {
    await upsertPapers([makePaper({ title: 'Thursday paper', date: '2025-10-09' })]);
    await renderRoute('/');
    pressBeforeLoad('j');
    const newest = await screen.findByRole('article', { name: 'Thursday paper' }, { timeout: 10_000 });
    await waitFor(() => expect(selected()).toEqual([newest]));
  });

  it('] pressed before the days with papers are known goes to the next day once they are', async () => {
    await upsertPapers([makePaper({ date: '2025-10-08' }), makePaper({ date: '2025-10-10' })]);
    await renderRoute('/papers/date/2025-10-08');
    pressBeforeLoad(']');
    // Two reads, then a navigation: more than findBy's default second on a loaded host.
    expect(await screen.findByRole('heading', { level: 1, name: 'Friday, October 10, 2025' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('act on the selected card: m marks that paper read, and only that one', async () => {
    const user = userEvent.setup();
    await renderRoute('/papers/date/2025-10-03');
    await screen.findByRole('article', { name: 'Friday last' });
    await user.keyboard('jj');
    const middle = screen.getByRole('article', { name: 'Friday middle' });
    await waitFor(() => expect(selected()).toEqual([middle]));
    await user.keyboard('m');
    await waitFor(() => expect(within(middle).getByRole('button', { name: 'Read' })).toHaveAttribute('aria-pressed', 'true'));
    for (const name of ['Friday top', 'Friday last']) {
      expect(within(screen.getByRole('article', { name })).getByRole('button', { name: 'Read' })).toHaveAttribute('aria-pressed', 'false');
    }
  });
});
