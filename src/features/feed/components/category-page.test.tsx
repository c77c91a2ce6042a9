import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { VirtuosoMockContext } from 'react-virtuoso';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { addMute } from '../../../db/follow-repo.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { makeMute } from '../../../domain/follow/follow-types.ts';
import { useHiddenStore } from '../../../lib/hidden-store.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { CategoryPage } from './category-page.tsx';

function renderCategory(name: string) {
  const router = createMemoryRouter([{ path: '/categories/:name', element: <CategoryPage /> }], { initialEntries: [`/categories/${name}`] });
  render(
    <VirtuosoMockContext.Provider value={{ viewportHeight: 3000, itemHeight: 150 }}>
      <RouterProvider router={router} />
    </VirtuosoMockContext.Provider>,
  );
}

beforeEach(async () => {
  await resetDbForTests();
  await upsertPapers([
    makePaper({ title: 'Parsing with agents', date: '2025-10-01', categories: ['cs.CL'] }),
    makePaper({ title: 'Translation at scale', date: '2025-10-02', categories: ['cs.CL', 'cs.LG'] }),
  ]);
});
afterEach(() => useHiddenStore.getState().setShowHidden(false));

describe('category page', () => {
  it('hides muted papers with the “N hidden” toggle that shows them', async () => {
    await addMute(makeMute('word', 'agents', 1));
    renderCategory('cs.CL');
    expect(await screen.findByText(/1 hidden by your mutes/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('article').map((a) => a.querySelector('h3')?.textContent)).toEqual(['Translation at scale']));
    await userEvent.click(screen.getByRole('button', { name: 'Show 1 hidden' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
  });
});
