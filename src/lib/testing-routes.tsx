import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { VirtuosoMockContext } from 'react-virtuoso';
import { RouteError } from '../components/error/route-error.tsx';
import { FeedRoute } from '../features/feed/components/feed-view.tsx';
import { OrgPage } from '../features/feed/components/org-page.tsx';
import { AuthorPage } from '../features/feed/components/author-page.tsx';
import { PaperPage } from '../features/paper/components/paper-page.tsx';

/**
 * Component tests: the app's views at `path` inside a `<main>`, without the layout (which
 * starts the corpus sync). jsdom has no layout, so the virtual lists get a mocked viewport.
 */
export function renderRoute(path: string) {
  const main = (element: React.ReactNode) => <main>{element}</main>;
  const router = createMemoryRouter(
    [
      { path: '/', element: main(<FeedRoute />), errorElement: <RouteError /> },
      { path: '/papers/date/:key', element: main(<FeedRoute kind="day" />), errorElement: <RouteError /> },
      { path: '/papers/week/:key', element: main(<FeedRoute kind="week" />), errorElement: <RouteError /> },
      { path: '/papers/month/:key', element: main(<FeedRoute kind="month" />), errorElement: <RouteError /> },
      { path: '/papers/:id', element: main(<PaperPage />), errorElement: <RouteError /> },
      { path: '/orgs/:name', element: main(<OrgPage />), errorElement: <RouteError /> },
      { path: '/authors/:name', element: main(<AuthorPage />), errorElement: <RouteError /> },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <VirtuosoMockContext.Provider value={{ viewportHeight: 3000, itemHeight: 150 }}>
      <RouterProvider router={router} />
    </VirtuosoMockContext.Provider>,
  );
  return { ...result, router };
}
