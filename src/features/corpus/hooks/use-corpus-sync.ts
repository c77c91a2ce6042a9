import { useEffect } from 'react';
import { likelyMonthsOf } from '../../../domain/corpus/paper-months.ts';
import { resumeImportIfUnfinished, runImportRequest } from '../stores/import-store.ts';
import { useLiveRefreshSettings } from '../stores/live-refresh-settings-store.ts';
import { afterFirstView } from '../../../stores/first-view-store.ts';

/** The static corpus served beside the app (`/corpus/`), honouring Vite's base path. */
export const CORPUS_BASE_URL = `${import.meta.env.BASE_URL}corpus/`;

/** On a feed view, the sync waits for its first cards at most this long (ms). */
const FEED_FIRST_MS = 1_500;
const FEED_PATH = /^\/(?:papers\/(?:date|week|month)\/[^/]+)?$/;

/**
 * Once per page load: bring stored papers up to date with the served corpus. Stored papers
 * show at once; only shards whose hash changed are fetched. Shards left pending by a lost
 * connection are fetched when the browser is back online. On a feed view the check starts
 * once the first cards have painted (first-view-store.ts): the worker's start-up and reads
 * delayed them on a slow device, and an unchanged corpus (the usual case) needs no hurry.
 */
export function useCorpusSync(): void {
  useEffect(() => {
    const path = location.pathname.slice(import.meta.env.BASE_URL.length - 1);
    // Opened on a paper's page (a deep link): that paper's shard is fetched first.
    const paperId = /^\/papers\/([^/]+(?:\/[^/]+)?)$/.exec(path)?.[1];
    const firstMonths = paperId && !FEED_PATH.test(path) ? likelyMonthsOf(decodeURIComponent(paperId)) : [];
    const skipDemo = useLiveRefreshSettings.getState().demoReplaced;
    const sync = () => runImportRequest({ type: 'sync-corpus', baseUrl: new URL(CORPUS_BASE_URL, location.href).href, skipDemo, ...(firstMonths.length ? { firstMonths } : {}) });
    let cancelled = false;
    if (FEED_PATH.test(path)) void afterFirstView(FEED_FIRST_MS).then(() => !cancelled && sync());
    else sync();
    window.addEventListener('online', resumeImportIfUnfinished);
    return () => {
      cancelled = true;
      window.removeEventListener('online', resumeImportIfUnfinished);
    };
  }, []);
}
