import { useContext } from 'react';
import { UNSAFE_NavigationContext, useLocation } from 'react-router-dom';

const historyIds = new WeakMap<object, number>();
let lastHistoryId = 0;

/**
 * The key of this history entry, unique across histories: `location.key` alone is
 * "default" for every history's first entry, so two routers (two renders in tests, or a
 * remounted app) would share one entry's list position. The router's navigator is one
 * object per history; react-router has no public name for it.
 */
export function useHistoryEntryKey(): string {
  const { key } = useLocation();
  const { navigator } = useContext(UNSAFE_NavigationContext);
  let id = historyIds.get(navigator);
  if (id === undefined) historyIds.set(navigator, (id = ++lastHistoryId));
  return `${id}:${key}`;
}
