import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { SearchHitView } from '../../../domain/search/search-types.ts';
import type { SearchResponse } from '../api/search-protocol.ts';
import { FIRST_CARDS, SearchResults } from './search-results.tsx';

function hit(n: number, full = true): SearchHitView {
  return { id: `2510.${10000 + n}`, date: '2025-10-03', upvotes: n, title: `Paper number ${n}`, titleHighlights: [], authors: 'Ada Lovelace', org: '', orgLabel: '', excerpt: `About ${n}.`, excerptHighlights: [], full };
}

function answer(text: string, hits: SearchHitView[], total = hits.length): SearchResponse {
  return { query: { text, filters: {}, sort: 'relevance', limit: 20 }, total, fullTotal: hits.filter((h) => h.full).length, partial: false, unmatched: [], hits, muted: 0, tookMs: 1, indexVersion: 1 };
}

function renderResults(response: SearchResponse) {
  const element = (r: SearchResponse) => <SearchResults response={r} current onMore={() => undefined} />;
  const router = createMemoryRouter([{ path: '*', element: element(response) }]);
  const view = render(<RouterProvider router={router} />);
  return {
    show(next: SearchResponse) {
      // The route's element is replaced: the list re-renders with the next answer, as at a key.
      view.rerender(<RouterProvider router={createMemoryRouter([{ path: '*', element: element(next) }])} />);
    },
  };
}

const titles = () => within(screen.getByRole('list')).queryAllByRole('article').map((card) => within(card).getByRole('heading').textContent);
const card = (title: string) => screen.getByRole('article', { name: title });
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('SearchResults', () => {
  it('shows every hit of a new answer in its order, and none of the previous one, once rendered', () => {
    const view = renderResults(answer('re', range(0, 20).map((n) => hit(n))));
    expect(titles()).toEqual(range(0, 20).map((n) => `Paper number ${n}`));
    const kept = card('Paper number 15');
    // The next key: some hits stay (in other places), most are new.
    const next = [...range(30, 30 + FIRST_CARDS + 3), 15, 2, ...range(60, 65)].map((n) => hit(n, n !== 64));
    view.show(answer('res', next));
    expect(titles()).toEqual(next.map((h) => h.title));
    expect(screen.getAllByRole('listitem').filter((li) => li.hidden)).toEqual([]);
    // A paper in both answers, below the first cards in the new one, keeps its card (not built again).
    expect(card('Paper number 15')).toBe(kept);
    // Where partial matches begin is said once, before the first of them.
    expect(screen.getByText('Matching some of the words').nextElementSibling).toHaveTextContent('Paper number 64');
  });

  it('keeps the cards it had when more of the same answer are shown', () => {
    const view = renderResults(answer('diffusion', range(0, 20).map((n) => hit(n)), 40));
    const first = screen.getAllByRole('article')[0];
    view.show(answer('diffusion', range(0, 40).map((n) => hit(n)), 40));
    expect(titles()).toEqual(range(0, 40).map((n) => `Paper number ${n}`));
    expect(screen.getAllByRole('article')[0]).toBe(first);
  });
});
