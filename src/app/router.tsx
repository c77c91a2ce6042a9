import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';
import { RouteError } from '../components/error/route-error.tsx';
import { NotFound } from '../components/error/not-found.tsx';
import { FeedRoute } from '../features/feed/components/feed-view.tsx';
import { AppSlots } from './app-slots.tsx';
import { paperWithSimilar, libraryWithRecommendations } from './recommend-routes.tsx';

// The feed is the first thing people see, so it ships in the main chunk; every other view
// (KaTeX on the paper page, the library, import, settings) loads when first visited, which
// keeps start-up parsing off the main thread while the first import runs.
export function createRouter() {
  return createBrowserRouter([
    {
      element: (
        <AppSlots>
          <AppLayout />
        </AppSlots>
      ),
      children: appRoutes,
    },
  ]);
}

/** Every view of the app, also rendered by component tests (src/testing/render-route.tsx). */
export const appRoutes: RouteObject[] = [
  // Each view has its own error boundary: one failing view leaves the header and the others working.
  { index: true, element: <FeedRoute />, errorElement: <RouteError /> },
  { path: 'papers/date/:key', element: <FeedRoute kind="day" />, errorElement: <RouteError /> },
  { path: 'papers/week/:key', element: <FeedRoute kind="week" />, errorElement: <RouteError /> },
  { path: 'papers/month/:key', element: <FeedRoute kind="month" />, errorElement: <RouteError /> },
  { path: 'papers/:id', lazy: paperWithSimilar, errorElement: <RouteError /> },
  { path: 'orgs/:name', lazy: async () => ({ Component: (await import('../features/feed/components/org-page.tsx')).OrgPage }), errorElement: <RouteError /> },
  { path: 'categories/:name', lazy: async () => ({ Component: (await import('../features/feed/components/category-page.tsx')).CategoryPage }), errorElement: <RouteError /> },
  { path: 'authors/:name', lazy: async () => ({ Component: (await import('../features/feed/components/author-page.tsx')).AuthorPage }), errorElement: <RouteError /> },
  { path: 'search', lazy: async () => ({ Component: (await import('../features/search/components/search-page.tsx')).SearchPage }), errorElement: <RouteError /> },
  { path: 'library', lazy: libraryWithRecommendations, errorElement: <RouteError /> },
  { path: 'for-you', lazy: async () => ({ Component: (await import('../features/recommend/components/for-you-page.tsx')).ForYouPage }), errorElement: <RouteError /> },
  { path: 'settings', lazy: async () => ({ Component: (await import('../features/settings/components/settings-page.tsx')).SettingsPage }), errorElement: <RouteError /> },
  { path: 'following', lazy: async () => ({ Component: (await import('../features/follow/components/following-page.tsx')).FollowingPage }), errorElement: <RouteError /> },
  { path: 'following/:id', lazy: async () => ({ Component: (await import('./routes/follow-route.tsx')).FollowRoute }), errorElement: <RouteError /> },
  { path: 'import', lazy: async () => ({ Component: (await import('../features/corpus/components/import-page.tsx')).ImportPage }), errorElement: <RouteError /> },
  { path: '*', element: <NotFound title="Page not found"><p>There is no page at this address.</p></NotFound> },
];
