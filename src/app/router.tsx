import { createBrowserRouter, useParams } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';
import { DayFeed } from '../features/feed/components/day-feed.tsx';
import { SearchPage } from '../features/search/components/search-page.tsx';

function DayRoute() {
  const { date } = useParams();
  return <DayFeed date={date} />;
}

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        { index: true, element: <DayFeed /> },
        { path: 'papers/date/:date', element: <DayRoute /> },
        { path: 'search', element: <SearchPage /> },
      ],
    },
  ]);
}
