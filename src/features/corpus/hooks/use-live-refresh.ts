import { useEffect } from 'react';
import { useImportStore } from '../stores/import-store.ts';
import { useLiveRefreshSettings } from '../stores/live-refresh-settings-store.ts';
import { runLiveRefresh } from '../stores/live-refresh-store.ts';

/**
 * With live refresh on: once the start-up corpus sync has settled (so the newest stored
 * day is known), and again whenever the browser comes back online.
 */
export function useLiveRefresh(): void {
  const enabled = useLiveRefreshSettings((s) => s.enabled);
  const syncSettled = useImportStore((s) => s.status !== 'running' && s.status !== 'idle');
  useEffect(() => {
    if (!enabled || !syncSettled) return;
    runLiveRefresh();
    window.addEventListener('online', runLiveRefresh);
    return () => window.removeEventListener('online', runLiveRefresh);
  }, [enabled, syncSettled]);
}
