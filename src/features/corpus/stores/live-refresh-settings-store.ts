import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { HF_DEFAULT_BASE_URL } from '../../../domain/corpus/hf-daily-fetch.ts';

interface LiveRefreshSettings {
  /** Off by default: nothing is fetched from outside this site unless a person asks. */
  enabled: boolean;
  /** Site root of a daily-papers API (`<baseUrl>/api/daily_papers`): Hugging Face or a mirror. */
  baseUrl: string;
  /** The reader chose real papers over the bundled demo: its shards are not imported again. */
  demoReplaced: boolean;
}

export const useLiveRefreshSettings = create<LiveRefreshSettings>()(
  persist((): LiveRefreshSettings => ({ enabled: false, baseUrl: HF_DEFAULT_BASE_URL, demoReplaced: false }), {
    name: 'paperfeed:live-refresh',
    version: 1,
    // Settings saved before `demoReplaced` existed get its default through persist's merge.
    migrate: (saved) => ({ enabled: false, baseUrl: HF_DEFAULT_BASE_URL, demoReplaced: false, ...(saved as Partial<LiveRefreshSettings>) }),
  }),
);

export function setLiveRefreshEnabled(enabled: boolean): void {
  useLiveRefreshSettings.setState({ enabled });
}

export function setLiveRefreshBaseUrl(baseUrl: string): void {
  useLiveRefreshSettings.setState({ baseUrl: baseUrl.trim() });
}
