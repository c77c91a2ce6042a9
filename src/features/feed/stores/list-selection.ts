import { useSyncExternalStore } from 'react';

/**
 * The paper selected with j/k in one list, held outside React state: a press re-renders the
 * two cards whose "current" flips (each card subscribes with its own index), not the list.
 * As list state, every press re-rendered the whole virtual list (Virtuoso asks for every
 * row on each render), a frame a press on a 1,000-paper day.
 */
export interface ListSelection {
  get(): number;
  set(index: number): void;
  subscribe(listener: () => void): () => void;
}

export function createListSelection(initial: number): ListSelection {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(index) {
      if (index === current) return;
      current = index;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether the card at `index` is the selected one; re-renders only when that answer changes. */
export function useIsSelected(selection: ListSelection, index: number): boolean {
  return useSyncExternalStore(selection.subscribe, () => selection.get() === index);
}
