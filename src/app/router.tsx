import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';
import { RouteError } from '../components/error/route-error.tsx';
import { NotFound } from '../components/error/not-found.tsx';
import { FeedRoute } from '../features/feed/components/feed-view.tsx';

// The feed is the first thing people see, so it ships in the main chunk; every other view
// (KaTeX on the paper page, the library, import, settings) loads when first visited, which
// keeps start-up parsing off the main thread while the first import runs.
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
        { path: 'papers/:id', lazy: async () => ({ Component: (await import('../features/paper/components/paper-page.tsx')).PaperPage }), errorElement: <RouteError /> },
        { path: 'orgs/:name', lazy: async () => ({ Component: (await import('../features/feed/components/org-page.tsx')).OrgPage }), errorElement: <RouteError /> },
        { path: 'categories/:name', lazy: async () => ({ Component: (await import('../features/feed/components/category-page.tsx')).CategoryPage }), errorElement: <RouteError /> },
        { path: 'authors/:name', lazy: async () => ({ Component: (await import('../features/feed/components/author-page.tsx')).AuthorPage }), errorElement: <RouteError /> },
        { path: 'search', lazy: async () => ({ Component: (await import('../features/search/components/search-page.tsx')).SearchPage }), errorElement: <RouteError /> },
        { path: 'library', lazy: async () => ({ Component: (await import('../features/library/components/library-page.tsx')).LibraryPage }), errorElement: <RouteError /> },
        { path: 'settings', lazy: async () => ({ Component: (await import('../features/settings/components/settings-page.tsx')).SettingsPage }), errorElement: <RouteError /> },
        { path: 'import', lazy: async () => ({ Component: (await import('../features/corpus/components/import-page.tsx')).ImportPage }), errorElement: <RouteError /> },
        { path: '*', element: <NotFound title="Page not found"><p>There is no page at this address.</p></NotFound> },
      ],
    },
  ]);
}
