import { create } from 'zustand';
import type { RecommendStatus } from '../api/recommend-protocol.ts';

interface RecommendStatusState {
  status: RecommendStatus;
  setStatus(status: RecommendStatus): void;
}

/** The recommend worker's last status (UI state: whether views can rank, and when to ask again). */
export const useRecommendStatusStore = create<RecommendStatusState>((set) => ({
  status: { state: 'starting', papers: 0, version: 0, positives: 0 },
  setStatus: (status) => set({ status }),
}));
