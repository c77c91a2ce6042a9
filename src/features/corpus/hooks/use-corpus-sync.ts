import { useEffect } from 'react';
import { likelyMonthsOf } from '../../../domain/corpus/paper-months.ts';
import { resumeImportIfUnfinished, runImportRequest } from '../stores/import-store.ts';
import { useLiveRefreshSettings } from '../stores/live-refresh-settings-store.ts';

/** The static corpus served beside the app (`/corpus/`), honouring Vite's base path. */
export const CORPUS_BASE_URL = `${import.meta.env.BASE_URL}corpus/`;

/**
 * Once per page load: bring stored papers up to date with the served corpus. Stored papers
 * show at once; only shards whose hash changed are fetched. Shards left pending by a lost
 * connection are fetched when the browser is back online.
 */
export function useCorpusSync(): void {
  useEffect(() => {
    // Opened on a paper's page (a deep link): that paper's shard is fetched first.
    const paperId = /^\/papers\/([^/]+(?:\/[^/]+)?)$/.exec(location.pathname.slice(import.meta.env.BASE_URL.length - 1))?.[1];
    const firstMonths = paperId ? likelyMonthsOf(decodeURIComponent(paperId)) : [];
    const skipDemo = useLiveRefreshSettings.getState().demoReplaced;
    runImportRequest({ type: 'sync-corpus', baseUrl: new URL(CORPUS_BASE_URL, location.href).href, skipDemo, ...(firstMonths.length ? { firstMonths } : {}) });
    window.addEventListener('online', resumeImportIfUnfinished);
    return () => window.removeEventListener('online', resumeImportIfUnfinished);
  }, []);
}
