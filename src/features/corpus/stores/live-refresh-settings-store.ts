import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { HF_DEFAULT_BASE_URL } from '../../../domain/corpus/hf-daily-defaults.ts';
import { ARXIV_RSS_BASE_URL } from '../../../domain/corpus/arxiv/arxiv-rss-url.ts';

interface LiveRefreshSettings {
  /** Off by default: nothing is fetched from outside this site unless a person asks. */
  enabled: boolean;
  /** Site root of a daily-papers API (`<baseUrl>/api/daily_papers`): Hugging Face or a mirror. */
  baseUrl: string;
  /** The reader chose real papers over the bundled demo: its shards are not imported again. */
  demoReplaced: boolean;
  /** arXiv's announcement feeds, off by default like the rest; see arxiv-refresh. */
  arxivEnabled: boolean;
  arxivCategories: string[];
  /** arXiv's feed site or a mirror that allows cross-origin reads (`<arxivBaseUrl>/rss/<category>`). */
  arxivBaseUrl: string;
}

const DEFAULTS: LiveRefreshSettings = {
  enabled: false,
  baseUrl: HF_DEFAULT_BASE_URL,
  demoReplaced: false,
  arxivEnabled: false,
  arxivCategories: [],
  arxivBaseUrl: ARXIV_RSS_BASE_URL,
};

export const useLiveRefreshSettings = create<LiveRefreshSettings>()(
  persist((): LiveRefreshSettings => ({ ...DEFAULTS }), {
    name: 'paperfeed:live-refresh',
    version: 1,
    // Settings saved before `demoReplaced` or the arXiv keys existed get their defaults through persist's merge.
    migrate: (saved) => ({ ...DEFAULTS, ...(saved as Partial<LiveRefreshSettings>) }),
  }),
);

export function setLiveRefreshEnabled(enabled: boolean): void {
  useLiveRefreshSettings.setState({ enabled });
}

export function setLiveRefreshBaseUrl(baseUrl: string): void {
  useLiveRefreshSettings.setState({ baseUrl: baseUrl.trim() });
}

export function setArxivRefresh(settings: Partial<Pick<LiveRefreshSettings, 'arxivEnabled' | 'arxivCategories' | 'arxivBaseUrl'>>): void {
  useLiveRefreshSettings.setState({ ...settings, ...(settings.arxivBaseUrl !== undefined ? { arxivBaseUrl: settings.arxivBaseUrl.trim() } : {}) });
}
