import { lazy, Suspense } from 'react';
import type { RankedListProps } from '../components/ranked-list-slot.ts';

/**
 * Where recommendations join other features' pages (issue #10). Composed here, in the app,
 * because features never import each other: the paper page gains "Similar papers", a
 * collection in the library "Recommended for this collection", and period views their
 * `?sort=for-you` list (through RankedListSlot).
 */
const ForYouOrder = lazy(async () => ({ default: (await import('../features/recommend/components/for-you-order.tsx')).ForYouOrder }));

export function ForYouOrderLazy(props: RankedListProps) {
  return (
    <Suspense fallback={<p className="muted" role="status">Ranking for you…</p>}>
      <ForYouOrder {...props} />
    </Suspense>
  );
}

export async function paperWithSimilar() {
  const [{ PaperRoute }, { SimilarPapers }] = await Promise.all([
    import('./routes/paper-route.tsx'),
    import('../features/recommend/components/similar-papers.tsx'),
  ]);
  return {
    // Below the paper, rendered once the paper itself has painted (PaperPage's `after`).
    Component: () => <PaperRoute after={<SimilarPapers />} />,
  };
}

export async function libraryWithRecommendations() {
  const [{ LibraryPage }, { CollectionRecommendations }] = await Promise.all([
    import('../features/library/components/library-page.tsx'),
    import('../features/recommend/components/collection-recommendations.tsx'),
  ]);
  return {
    Component: () => (
      <>
        <LibraryPage />
        <CollectionRecommendations />
      </>
    ),
  };
}
