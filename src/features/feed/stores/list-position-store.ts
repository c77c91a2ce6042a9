import { create } from 'zustand';
import type { StateSnapshot } from 'react-virtuoso';

/** Where a list was left: its scroll state and the paper selected with j/k. */
export interface ListPosition {
  snapshot?: StateSnapshot;
  current: number;
}

interface ListPositionState {
  /** By history entry (useHistoryEntryKey), so Back restores exactly the entry left. */
  positions: Record<string, ListPosition>;
  save(key: string, position: Partial<ListPosition>): void;
}

const LIMIT = 50;

export const useListPositionStore = create<ListPositionState>()((set) => ({
  positions: {},
  save(key, position) {
    set((state) => {
      const merged = { current: -1, ...state.positions[key], ...position };
      const entries = Object.entries(state.positions).filter(([k]) => k !== key);
      // Oldest entries go first: a long session must not grow this without end.
      return { positions: Object.fromEntries([...entries.slice(-(LIMIT - 1)), [key, merged]]) };
    });
  },
}));
