import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router-dom';
import { resetDbForTests } from '../db/database.ts';
import { upsertPapers } from '../db/papers-repo.ts';
import { listFollows } from '../db/follow-repo.ts';
import { SearchBox } from '../features/search/components/search-box.tsx';
import { SearchPage } from '../features/search/components/search-page.tsx';
import { resetSearchForTests } from '../features/search/stores/search-store.ts';
import { makePaper } from '../testing/make-paper.ts';
import { AppSlots } from './app-slots.tsx';

// The search page's Follow control is the follow feature's, put in its slot by the app: so
// this test of the two together lives here. The search box writes its text to the URL when
// typing pauses; a click on Follow straight after typing must follow the text just typed.
const papers = [
  makePaper({ title: 'Fast Gaussian Splatting Renderers', abstract: 'Rendering gaussian splats quickly for video.', date: '2025-08-01', upvotes: 90 }),
  makePaper({ title: 'Gaussian Video Diffusion at Scale', abstract: 'Diffusion models for video generation.', date: '2025-10-02', upvotes: 12 }),
];

function renderSearch(url: string) {
  const router = createMemoryRouter(
    [{ element: <AppSlots><SearchBox /><Outlet /></AppSlots>, children: [{ path: 'search', element: <SearchPage /> }] }],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('following a search from the search page', () => {
  beforeEach(async () => {
    resetSearchForTests();
    await resetDbForTests();
    await upsertPapers(papers);
  });
  afterEach(() => resetSearchForTests());

  it('follows the text just typed when Follow is clicked at once (the blur writes the URL first)', async () => {
    const router = renderSearch('/search?q=gaussian');
    // The control loads lazily into its slot: wait for it, so the click comes straight after the typing.
    const follow = await screen.findByRole('button', { name: 'Follow this search' }, { timeout: 10_000 });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search papers' }), ' video');
    await userEvent.click(follow);
    expect(await screen.findByRole('button', { name: 'Following this search' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=gaussian+video');
    expect((await listFollows()).map((f) => f.target)).toEqual(['q=gaussian+video']);
  });
});
