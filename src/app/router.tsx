import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';
import { RouteError } from '../components/error/route-error.tsx';
import { NotFound } from '../components/error/not-found.tsx';
import { FeedRoute } from '../features/feed/components/feed-view.tsx';
import { OrgPage } from '../features/feed/components/org-page.tsx';
import { AuthorPage } from '../features/feed/components/author-page.tsx';
import { PaperPage } from '../features/paper/components/paper-page.tsx';
import { SearchPage } from '../features/search/components/search-page.tsx';
import { LibraryPage } from '../features/library/components/library-page.tsx';
import { SettingsPage } from '../features/settings/components/settings-page.tsx';
import { ImportPage } from '../features/corpus/components/import-page.tsx';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        // Each view has its own error boundary: one failing view leaves the header and the others working.
        { index: true, element: <FeedRoute />, errorElement: <RouteError /> },
        { path: 'papers/date/:key', element: <FeedRoute kind="day" />, errorElement: <RouteError /> },
        { path: 'papers/week/:key', element: <FeedRoute kind="week" />, errorElement: <RouteError /> },
        { path: 'papers/month/:key', element: <FeedRoute kind="month" />, errorElement: <RouteError /> },
        { path: 'papers/:id', element: <PaperPage />, errorElement: <RouteError /> },
        { path: 'orgs/:name', element: <OrgPage />, errorElement: <RouteError /> },
        { path: 'authors/:name', element: <AuthorPage />, errorElement: <RouteError /> },
        { path: 'search', element: <SearchPage />, errorElement: <RouteError /> },
        { path: 'library', element: <LibraryPage />, errorElement: <RouteError /> },
        { path: 'settings', element: <SettingsPage />, errorElement: <RouteError /> },
        { path: 'import', element: <ImportPage />, errorElement: <RouteError /> },
        { path: '*', element: <NotFound title="Page not found"><p>There is no page at this address.</p></NotFound> },
      ],
    },
  ]);
}
