import { create } from 'zustand';

interface VisitState {
  /**
   * The newest day with papers seen on the previous visit: papers of later days are new.
   * `undefined` until read; `null` on a first visit, when nothing is marked new.
   */
  baseline: string | null | undefined;
  setBaseline(day: string | null): void;
}

/** Set once per page load (use-record-visit.ts), so "new" stays put for the whole visit. */
export const useVisitStore = create<VisitState>((set) => ({
  baseline: undefined,
  setBaseline: (day) => set({ baseline: day }),
}));

export function useIsNew(date: string): boolean {
  return useVisitStore((s) => typeof s.baseline === 'string' && date > s.baseline);
}
