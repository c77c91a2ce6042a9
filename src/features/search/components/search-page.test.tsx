import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, Outlet, RouterProvider, useLocation } from 'react-router-dom';
import { resetDbForTests } from '../../../db/database.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { putBookmarkForTests } from '../../../testing/library-fixtures.ts';
import { addMute } from '../../../db/follow-repo.ts';
import { makeMute } from '../../../domain/follow/follow-types.ts';
import { useHiddenStore } from '../../../stores/hidden-store.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { resetSearchForTests } from '../stores/search-store.ts';
import { SearchBox } from './search-box.tsx';
import { SearchPage } from './search-page.tsx';

const stealth = makePaper({
  title: 'StealthAttack: Robust 3D Gaussian Splatting Poisoning via Density-Guided\n  Illusions',
  abstract: 'We study poisoning of 3D Gaussian Splatting with density-guided illusory objects.',
  organization: { name: 'NYCU', fullname: 'National Yang Ming Chiao Tung University' },
  date: '2025-10-03',
  upvotes: 46,
});
const others = [
  makePaper({ title: 'Fast Gaussian Splatting Renderers', abstract: 'Rendering splats quickly for video.', date: '2025-08-01', upvotes: 90 }),
  makePaper({ title: 'Video Diffusion at Scale', abstract: 'Diffusion models for video generation.', date: '2025-10-02', upvotes: 12 }),
];

function Location() {
  const location = useLocation();
  return <code>{location.pathname + location.search}</code>;
}

function renderAt(url: string) {
  const router = createMemoryRouter(
    [
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
          { path: 'search', element: <SearchPage /> },
        ],
      },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const results = () => screen.findAllByRole('article');

describe('SearchPage', () => {
  beforeEach(async () => {
    resetSearchForTests();
    await resetDbForTests();
    await upsertPapers([stealth, ...others]);
  });
  afterEach(() => resetSearchForTests());

  it('shows results as you type, typos forgiven, with matched words highlighted', async () => {
    renderAt('/');
    const box = screen.getByRole('searchbox', { name: 'Search papers' });
    await userEvent.type(box, 'gausian splating poisoning');
    // The first test of the file also waits for the index to be built and warmed up: on a
    // loaded host that alone outlasts waitFor's default second. This test is about typos.
    await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent(/Preparing/), { timeout: 15_000 });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 paper'));
    const [first] = await results();
    expect(first).toHaveAccessibleName(/StealthAttack: Robust 3D Gaussian Splatting Poisoning/);
    expect(within(first!).getByRole('link', { name: /StealthAttack/ })).toHaveAttribute('href', `/papers/${stealth.id}`);
    const marks = first!.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(expect.arrayContaining(['Gaussian', 'Splatting', 'Poisoning']));
    await screen.findByText('/search?q=gausian+splating+poisoning');
  });

  it('focuses the box with /', async () => {
    renderAt('/');
    await userEvent.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search papers' })).toHaveFocus();
  });

  it('reads the query and filters from the URL, and excludes -words', async () => {
    renderAt('/search?q=splatting+-poisoning&sort=upvotes');
    expect(screen.getByRole('searchbox', { name: 'Search papers' })).toHaveValue('splatting -poisoning');
    const list = await results();
    expect(list).toHaveLength(1);
    expect(list[0]).toHaveAccessibleName('Fast Gaussian Splatting Renderers');
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('upvotes');
  });

  it('narrows by date range and writes filters into the URL', async () => {
    renderAt('/search?q=gaussian');
    expect(await results()).toHaveLength(2);
    await userEvent.type(screen.getByLabelText('From'), '2025-09-01');
    await screen.findByText(/from=2025-09-01/);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^1 paper$/));
    expect((await results())[0]).toHaveAccessibleName(/StealthAttack/);
  });

  it('hides muted papers from the results, says how many, and shows them on request', async () => {
    await addMute(makeMute('org', 'NYCU', 1));
    renderAt('/search?q=gaussian');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^1 paper$/), { timeout: 15_000 });
    expect((await results()).map((r) => r.getAttribute('aria-label') ?? r.textContent)).toHaveLength(1);
    expect((await results())[0]).toHaveAccessibleName('Fast Gaussian Splatting Renderers');
    expect(screen.getByText(/1 hidden by your mutes/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show 1 hidden' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^2 papers$/));
    expect(await screen.findByRole('article', { name: /StealthAttack/ })).toBeInTheDocument();
    useHiddenStore.getState().setShowHidden(false);
  });

  it('filters to bookmarked papers', async () => {
    await putBookmarkForTests(others[0]!);
    renderAt('/search?q=gaussian&bookmarked=1');
    expect(screen.getByRole('checkbox', { name: 'Bookmarked only' })).toBeChecked();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^1 paper$/));
    expect((await results())[0]).toHaveAccessibleName('Fast Gaussian Splatting Renderers');
  });

  it('suggests what to try when nothing matches', async () => {
    renderAt('/search?q=zebra+giraffe&org=NYCU');
    expect(await screen.findByText(/No papers match/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findByText('/search?q=zebra+giraffe');
  });

  it('lists papers matching some of the words after those matching every word, and names words that match nothing', async () => {
    renderAt('/search?q=splatting+poisoning+qzxvw');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^1 paper matches every word, 1 more match some; nothing matches “qzxvw”$/));
    const list = await results();
    expect(list.map((article) => article.getAttribute('aria-labelledby') && within(article).getByRole('heading').textContent)).toEqual([
      expect.stringMatching(/^StealthAttack/),
      'Fast Gaussian Splatting Renderers',
    ]);
    const items = within(screen.getByRole('region', { name: 'Search results' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)[1]).toBe('Matching some of the words');
  });

  it('searches the text as it is typed and writes it to the URL once the typing pauses, replacing the entry', async () => {
    const router = renderAt('/');
    await act(() => router.navigate('/search?q=video'));
    expect(await results()).toHaveLength(2);
    const box = screen.getByRole('searchbox', { name: 'Search papers' });
    await userEvent.clear(box);
    await userEvent.type(box, 'poisoning');
    // Results for the typed text come before the URL holds it: the search does not wait for the write.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^1 paper$/));
    expect((await results())[0]).toHaveAccessibleName(/StealthAttack/);
    await screen.findByText('/search?q=poisoning');
    expect(router.state.historyAction).toBe('REPLACE');
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/');
    expect(box).toHaveValue('');
  });

  it('writes the typed text at once when the box loses focus', async () => {
    const router = renderAt('/search');
    const box = screen.getByRole('searchbox', { name: 'Search papers' });
    await userEvent.type(box, 'splatting');
    act(() => box.blur());
    expect(router.state.location.search).toBe('?q=splatting');
  });

  it('back and forward refill the box from the URL, and a write still waiting is dropped, not put on another entry', async () => {
    const router = renderAt('/search?q=video');
    const box = screen.getByRole('searchbox', { name: 'Search papers' });
    await act(() => router.navigate('/search?q=gaussian'));
    expect(box).toHaveValue('gaussian');
    expect(await results()).toHaveLength(2);
    await userEvent.type(box, ' fast');
    await act(() => router.navigate(-1));
    expect(box).toHaveValue('video');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^2 papers$/));
    expect(router.state.location.search).toBe('?q=video');
    await act(() => router.navigate(1));
    expect(box).toHaveValue('gaussian');
    expect(router.state.location.search).toBe('?q=gaussian');
  });

  it('documents the query syntax in a popover', async () => {
    renderAt('/search');
    await userEvent.click(screen.getByRole('button', { name: 'Search syntax' }));
    const help = screen.getByRole('dialog', { name: 'Search syntax' });
    expect(help).toHaveTextContent('author:liu');
    expect(help).toHaveTextContent('-video');
  });
});
