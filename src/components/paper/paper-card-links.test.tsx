import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { PaperCard } from './paper-card.tsx';

const source = { from: '/papers/date/2025-10-03', label: 'Friday, October 3, 2025', listKey: 'k1' };
const paper = makePaper({
  id: '2510.02314',
  title: 'StealthAttack',
  date: '2025-10-03',
  organization: { name: 'NYCU', fullname: 'National Yang Ming Chiao Tung University' },
  categories: ['cs.CV', 'cs.LG'],
  links: { arxiv: 'https://arxiv.org/abs/2510.02314' },
});

/** The card on a list page of a memory router, with every page it links to. */
function renderCardInApp(extra?: React.ReactNode) {
  const list = (
    <main>
      <PaperCard paper={paper} source={source} meta={extra} />
    </main>
  );
  const router = createMemoryRouter(
    [{ path: '/list', element: list }, { path: '*', element: <p>elsewhere</p> }],
    { initialEntries: ['/list'] },
  );
  render(<RouterProvider router={router} />);
  return { router, card: screen.getByRole('article', { name: 'StealthAttack' }) };
}

/** Whether the browser would have followed the click itself: the card left the event alone. */
let leftToBrowser: boolean[] = [];
const record = (event: Event) => {
  leftToBrowser.push(!event.defaultPrevented);
  event.preventDefault(); // jsdom does not navigate documents; keep it from trying
};
beforeEach(() => {
  leftToBrowser = [];
  document.addEventListener('click', record);
});
afterEach(() => document.removeEventListener('click', record));

describe('PaperCard links', () => {
  it('follows a click on its title inside the app, carrying where the paper was opened from', async () => {
    const user = userEvent.setup();
    const { router, card } = renderCardInApp();
    await user.click(within(card).getByRole('link', { name: 'StealthAttack' }));
    expect(router.state.location.pathname).toBe('/papers/2510.02314');
    expect(router.state.location.state).toEqual(source);
    expect(router.state.historyAction).toBe('PUSH');
    expect(leftToBrowser).toEqual([false]);
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
  });

  it.each([
    ['National Yang Ming Chiao Tung University', '/orgs/NYCU'],
    ['Oct 3, 2025', '/papers/date/2025-10-03'],
    ['cs.CV (primary)', '/categories/cs.CV'],
    ['cs.LG', '/categories/cs.LG'],
  ])('follows its link "%s" inside the app, without state', async (name, path) => {
    const user = userEvent.setup();
    const { router, card } = renderCardInApp();
    const link = within(card).getByRole('link', { name });
    expect(link).toHaveAttribute('href', path);
    await user.click(link);
    expect(router.state.location.pathname).toBe(path);
    expect(router.state.location.state).toBeNull();
  });

  it('follows a link opened from the keyboard', async () => {
    const user = userEvent.setup();
    const { router, card } = renderCardInApp();
    within(card).getByRole('link', { name: 'StealthAttack' }).focus();
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/papers/2510.02314');
  });

  it.each([
    ['ctrl', { ctrlKey: true }],
    ['meta', { metaKey: true }],
    ['shift', { shiftKey: true }],
    ['alt', { altKey: true }],
    ['middle', { button: 1 }],
  ])('leaves a %s click to the browser (a new tab or window)', (_, init) => {
    const { router, card } = renderCardInApp();
    fireEvent.click(within(card).getByRole('link', { name: 'StealthAttack' }), init);
    expect(router.state.location.pathname).toBe('/list');
    expect(leftToBrowser).toEqual([true]);
  });

  it('leaves links that open a new tab, and links to other sites, to the browser', async () => {
    const user = userEvent.setup();
    const { router, card } = renderCardInApp(<a href="https://example.org/elsewhere">Outside</a>);
    await user.click(within(card).getByRole('link', { name: 'arXiv' }));
    await user.click(within(card).getByRole('link', { name: 'Outside' }));
    expect(router.state.location.pathname).toBe('/list');
    expect(leftToBrowser).toEqual([true, true]);
  });

  it('leaves a click the link itself has handled alone', async () => {
    const user = userEvent.setup();
    const { router, card } = renderCardInApp(
      <a href="/somewhere" onClick={(event) => event.preventDefault()}>
        Handled
      </a>,
    );
    await user.click(within(card).getByRole('link', { name: 'Handled' }));
    expect(router.state.location.pathname).toBe('/list');
  });

  it('replaces the history entry for a link to the page already shown, as a router link does', async () => {
    const user = userEvent.setup();
    const { router, card } = renderCardInApp();
    const was = window.location.href;
    window.history.replaceState(null, '', '/papers/date/2025-10-03');
    try {
      await user.click(within(card).getByRole('link', { name: 'Oct 3, 2025' }));
      expect(router.state.historyAction).toBe('REPLACE');
    } finally {
      window.history.replaceState(null, '', was);
    }
  });
});
