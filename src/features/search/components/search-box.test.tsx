import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserRouter, Outlet, RouterProvider, useLocation } from 'react-router-dom';
import { resetSearchForTests } from '../stores/search-store.ts';
import { SearchBox } from './search-box.tsx';

function Location() {
  const location = useLocation();
  return <code>{location.pathname + location.search}</code>;
}

/** The app's shape: the box in the header, /search a lazy route whose code loads when `release` is called. */
function renderWithSlowSearchRoute() {
  let release = () => {};
  const ready = new Promise<void>((resolve) => (release = resolve));
  const Results = () => <p>Results</p>;
  window.history.replaceState(null, '', '/');
  const router = createBrowserRouter([
    {
      element: (
        <>
          <SearchBox />
          <Location />
          <Outlet />
        </>
      ),
      children: [
        { index: true, element: <p>Home</p> },
        { path: 'search', lazy: async () => (await ready, { Component: Results }) },
      ],
    },
  ]);
  render(<RouterProvider router={router} />);
  return { router, release };
}

async function expectOneEntryBackToHome(router: ReturnType<typeof createBrowserRouter>) {
  await router.navigate(-1);
  await screen.findByText('Home');
  expect(window.location.pathname).toBe('/');
  expect(screen.getByRole('searchbox', { name: 'Search papers' })).toHaveValue('');
}

describe('SearchBox', () => {
  afterEach(() => resetSearchForTests());

  it('leaves for /search with one history entry while the route code is still loading', async () => {
    const { router, release } = renderWithSlowSearchRoute();
    // Every key lands while the home page is still on screen, so each sees its location; each
    // key's navigation supersedes the one before, uncommitted.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'model');
    expect(screen.getByText('/')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
    release();
    await screen.findByText('/search?q=model');
    await expectOneEntryBackToHome(router);
  });

  it('leaves for /search with one history entry when keys land before the results have rendered', async () => {
    const { router, release } = renderWithSlowSearchRoute();
    release();
    const box = screen.getByRole('searchbox', { name: 'Search papers' });
    // What CI's slow host did: the first key's navigation is in the history, but the router's
    // render of it (a transition, a later task) has not run when the next key arrives, so that
    // key still sees the home page (and pushed a second entry).
    // Inside act() React renders nothing until the callback ends, which holds that render back.
    await act(async () => {
      fireEvent.change(box, { target: { value: 'm' } });
      for (let i = 0; i < 50 && window.location.pathname !== '/search'; i++) await Promise.resolve();
      expect(window.location.search).toBe('?q=m');
      expect(screen.getByText('/')).toBeInTheDocument();
      fireEvent.change(box, { target: { value: 'mo' } });
      for (let i = 0; i < 50 && window.location.search !== '?q=mo'; i++) await Promise.resolve();
    });
    await screen.findByText('/search?q=mo');
    await expectOneEntryBackToHome(router);
  });

  it('starts a new entry when the reader types again after coming back', async () => {
    const { router, release } = renderWithSlowSearchRoute();
    release();
    const box = screen.getByRole('searchbox', { name: 'Search papers' });
    await userEvent.type(box, 'a');
    await screen.findByText('Results');
    await expectOneEntryBackToHome(router);
    await userEvent.type(box, 'b');
    await screen.findByText('/search?q=b');
    await expectOneEntryBackToHome(router);
  });
});
