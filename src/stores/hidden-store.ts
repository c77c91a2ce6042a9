import { create } from 'zustand';

/** Whether muted papers are shown anyway (the "N hidden" toggle): one switch for every view, not saved. */
interface HiddenState {
  showHidden: boolean;
  setShowHidden(show: boolean): void;
}

export const useHiddenStore = create<HiddenState>((set) => ({ showHidden: false, setShowHidden: (showHidden) => set({ showHidden }) }));
