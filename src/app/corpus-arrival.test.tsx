import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../db/database.ts';
import { upsertPapers } from '../db/papers-repo.ts';
import { SearchPage } from '../features/search/components/search-page.tsx';
import { resetSearchForTests } from '../features/search/stores/search-store.ts';
import { makePaper } from '../testing/make-paper.ts';
import { setCorpusArriving } from '../stores/corpus-arrival-store.ts';
import { renderRoute } from '../testing/render-route.tsx';

/**
 * Issue #16 item 11: a deep link opened while the first import is still running says
 * "still loading", fills in when the paper lands, and says "not found" only once the
 * import is done. `setCorpusArriving` is what the import store sets while it runs.
 */
const late = makePaper({ id: '2503.00001', title: 'A paper of an older month', authors: ['Late Author'], organization: { name: 'LateOrg' }, date: '2025-03-04' });

beforeEach(async () => {
  await resetDbForTests();
  setCorpusArriving(true);
});
afterEach(() => setCorpusArriving(false));

describe('while papers are still arriving', () => {
  it('a paper page says it is still loading, then shows the paper when it lands', async () => {
    await renderRoute(`/papers/${late.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Still loading papers' })).toBeInTheDocument();
    expect(screen.queryByText('Paper not found')).toBeNull();
    await act(() => upsertPapers([late]));
    expect(await screen.findByRole('heading', { level: 1, name: late.title })).toBeInTheDocument();
  });

  it('a paper page says "not found" once the import is done without it', async () => {
    await renderRoute('/papers/2503.99999');
    await screen.findByRole('heading', { level: 1, name: 'Still loading papers' });
    act(() => setCorpusArriving(false));
    expect(await screen.findByRole('heading', { level: 1, name: 'Paper not found' })).toBeInTheDocument();
  });

  it('an organization page says it is still loading, then lists the papers', async () => {
    await renderRoute('/orgs/LateOrg');
    expect(await screen.findByRole('heading', { level: 1, name: 'Still loading papers' })).toBeInTheDocument();
    await act(() => upsertPapers([late]));
    expect(await screen.findByRole('heading', { level: 1, name: 'LateOrg' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 paper');
  });

  it('an author page says it is still loading, and looks again when the import ends', async () => {
    await renderRoute('/authors/Late%20Author');
    expect(await screen.findByText(/Papers are still being imported; none listing “Late Author” as an author has arrived yet/)).toBeInTheDocument();
    await upsertPapers([late]);
    act(() => setCorpusArriving(false));
    expect(await screen.findByRole('link', { name: late.title })).toBeInTheDocument();
  });

  it('a search with no match yet says papers are still arriving, not "no papers match"', async () => {
    resetSearchForTests();
    const router = createMemoryRouter([{ path: 'search', element: <SearchPage /> }], { initialEntries: ['/search?q=older+month'] });
    render(<RouterProvider router={router} />);
    // The search index starts in the background first: slow on a loaded machine.
    expect(await screen.findByText(/Nothing matches yet, but papers are still being imported/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByText(/No papers match/)).toBeNull();
    act(() => setCorpusArriving(false));
    expect(await screen.findByText(/No papers match/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    resetSearchForTests();
  }, 40_000);
});
