import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { FeatureSlots, type SearchFollowProps } from '../components/feature-slots.ts';
import { RankedListSlot } from '../components/ranked-list-slot.ts';
import { toggleBookmarkOf, toggleReadOf } from '../features/library/api/library-toggles.ts';
import { FollowControls } from '../features/follow/components/follow-controls.tsx';
import { DayUnreadCount, UnreadSummary } from '../features/library/components/unread-count.tsx';
import { PaperActions } from './slots/paper-actions.tsx';
import { ForYouOrderLazy } from './recommend-routes.tsx';

// Loads with the search page, not with the feed in the main chunk: it brings the feed
// writer behind "Download as a feed".
const loadSearchFollow = () => import('../features/follow/components/search-follow.tsx');
const SearchFollow = lazy(async () => ({ default: (await loadSearchFollow()).SearchFollow }));

const slots: FeatureSlots = {
  PaperActions,
  listKeys: { toggleBookmark: toggleBookmarkOf, toggleRead: (paper) => toggleReadOf(paper.id) },
  UnreadSummary,
  DayUnreadCount,
  FollowControls,
  SearchFollow: (props: SearchFollowProps) => (
    <Suspense fallback={null}>
      <SearchFollow {...props} />
    </Suspense>
  ),
  // Else the first key of the first search loads it (a chunk to fetch and compile while
  // the first results are due).
  preloadSearchFollow: () => void loadSearchFollow().catch(() => undefined),
};

/** What each feature's pages show of the others (see feature-slots.ts), filled in for the whole app. */
export function AppSlots({ children }: { children: ReactNode }) {
  // The recommend service the app's views started ends with the app (a test's cleanup): not
  // imported up front, it is no part of the first view's code.
  useEffect(() => () => void import('../features/recommend/api/recommend-client.ts').then(({ closeRecommendClient }) => closeRecommendClient()), []);
  return (
    <RankedListSlot.Provider value={ForYouOrderLazy}>
      <FeatureSlots.Provider value={slots}>{children}</FeatureSlots.Provider>
    </RankedListSlot.Provider>
  );
}
