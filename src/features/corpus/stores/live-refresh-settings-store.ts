import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { HF_DEFAULT_BASE_URL } from '../../../domain/corpus/hf-daily-fetch.ts';

interface LiveRefreshSettings {
  /** Off by default: nothing is fetched from outside this site unless a person asks. */
  enabled: boolean;
  /** Site root of a daily-papers API (`<baseUrl>/api/daily_papers`): Hugging Face or a mirror. */
  baseUrl: string;
}

export const useLiveRefreshSettings = create<LiveRefreshSettings>()(
  persist((): LiveRefreshSettings => ({ enabled: false, baseUrl: HF_DEFAULT_BASE_URL }), {
    name: 'paperfeed:live-refresh',
    version: 1,
    migrate: (saved) => ({ enabled: false, baseUrl: HF_DEFAULT_BASE_URL, ...(saved as Partial<LiveRefreshSettings>) }),
  }),
);

export function setLiveRefreshEnabled(enabled: boolean): void {
  useLiveRefreshSettings.setState({ enabled });
}

export function setLiveRefreshBaseUrl(baseUrl: string): void {
  useLiveRefreshSettings.setState({ baseUrl: baseUrl.trim() });
}
