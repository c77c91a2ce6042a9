import { create } from 'zustand';

/** Which library entries are ticked (`paper:<id>` or `item:<id>`): UI state for "export / cite the selection". */
interface SelectionState {
  selected: ReadonlySet<string>;
  toggle(key: string, on: boolean): void;
  clear(): void;
}

export const useLibrarySelection = create<SelectionState>((set) => ({
  selected: new Set(),
  toggle: (key, on) =>
    set((state) => {
      const next = new Set(state.selected);
      if (on) next.add(key);
      else next.delete(key);
      return { selected: next };
    }),
  clear: () => set({ selected: new Set() }),
}));
