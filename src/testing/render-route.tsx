import { render } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router-dom';
import { VirtuosoMockContext } from 'react-virtuoso';
import { appRoutes } from '../app/router.tsx';
import { AppSlots } from '../app/app-slots.tsx';

/**
 * Component tests: the app's own route table at `path` inside a `<main>`, without the layout
 * (which starts the corpus sync). jsdom has no layout, so the virtual lists get a mocked viewport.
 */
export async function renderRoute(path: string) {
  const router = createMemoryRouter([{ element: <main><AppSlots><Outlet /></AppSlots></main>, children: appRoutes }], { initialEntries: [path] });
  // Views load lazily, as in the app; render once the first one has loaded, so a test's
  // first query does not race a cold dynamic import.
  await new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((state) => {
      if (state.initialized) { stop(); resolve(); }
    });
  });
  const result = render(
    <VirtuosoMockContext.Provider value={{ viewportHeight: 3000, itemHeight: 150 }}>
      <RouterProvider router={router} />
    </VirtuosoMockContext.Provider>,
  );
  return { ...result, router };
}
