import { useEffect } from 'react';
import { useImportStore } from '../stores/import-store.ts';
import { useLiveRefreshSettings } from '../stores/live-refresh-settings-store.ts';
import { runAfterLiveRefresh } from '../stores/live-refresh-store.ts';
import { runArxivRefresh } from '../stores/arxiv-refresh-store.ts';

/** Hugging Face first, then arXiv's feeds (see runAfterLiveRefresh); each does nothing when off. */
const refreshSources = () => runAfterLiveRefresh(runArxivRefresh);

/**
 * With a live refresh on: once the start-up corpus sync has settled (so the newest stored
 * day is known), and again whenever the browser comes back online.
 */
export function useLiveRefresh(): void {
  const hf = useLiveRefreshSettings((s) => s.enabled);
  const arxiv = useLiveRefreshSettings((s) => s.arxivEnabled && s.arxivCategories.length > 0);
  const syncSettled = useImportStore((s) => s.status !== 'running' && s.status !== 'idle');
  useEffect(() => {
    if (!(hf || arxiv) || !syncSettled) return;
    refreshSources();
    window.addEventListener('online', refreshSources);
    return () => window.removeEventListener('online', refreshSources);
  }, [hf, arxiv, syncSettled]);
}
