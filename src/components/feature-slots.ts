import { createContext, type ComponentType } from 'react';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import type { SearchFilters, SortOrder } from '../domain/search/search-types.ts';

export interface SearchFollowProps {
  q: string;
  filters: SearchFilters;
  sort: SortOrder;
  hitIds: readonly string[];
}

/**
 * What one feature's pages show of another's (issue #13): a card's read, bookmark and
 * "more like this" toggles (library, recommend), a day's unread count (library), Follow
 * and Mute (follow). Features never import each other, so the app fills these in
 * (src/app/app-slots.tsx); outside it, in a feature's own component test, they are absent.
 */
export interface FeatureSlots {
  /** On every card of a list. */
  PaperActions?: ComponentType<{ paper: Paper }>;
  /** What b and m do to a list's selected paper. */
  listKeys?: { toggleBookmark: (paper: Paper) => void; toggleRead: (paper: Paper) => void };
  /** "3 unread · Mark this week as read" above a period's list. */
  UnreadSummary?: ComponentType<{ paperIds: readonly string[]; label: string }>;
  /** " · 3 unread" after a day's heading in a week or month. */
  DayUnreadCount?: ComponentType<{ paperIds: readonly string[] }>;
  /** Follow and Mute on an author's or organization's page. */
  FollowControls?: ComponentType<{ kind: 'author' | 'org'; name: string; label: string }>;
  /** Follow a search and download its results as a feed. */
  SearchFollow?: ComponentType<SearchFollowProps>;
  /** Loads SearchFollow's code ahead of the first search (the search page calls it at idle). */
  preloadSearchFollow?: () => void;
}

export const FeatureSlots = createContext<FeatureSlots>({});
