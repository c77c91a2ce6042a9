import { create } from 'zustand';
import { utcToday } from '../../../domain/dates/day-range.ts';
import { isHttpUrl } from '../../../domain/corpus/paper-limits.ts';
import type { ImportEvent, ImportProgress } from '../import/import-protocol.ts';
import type { RefreshReport } from '../import/refresh-report.ts';
import { startImport } from '../import/import-client.ts';
import { useLiveRefreshSettings } from './live-refresh-settings-store.ts';

export type LiveRefreshStatus = 'idle' | 'running' | 'done' | 'offline' | 'failed';

interface LiveRefreshState {
  status: LiveRefreshStatus;
  /** The source asked, as set when the refresh started. */
  baseUrl?: string;
  progress?: ImportProgress;
  report?: RefreshReport;
  /** Why a refresh could not run at all (a bad address, storage full). */
  message?: string;
}

/** The last live refresh, for the status line; the papers themselves land in IndexedDB. */
export const useLiveRefreshStore = create<LiveRefreshState>(() => ({ status: 'idle' }));

/**
 * Fetches new days in the import worker, so reading never waits for it. Does nothing
 * while one runs or when the setting is off; offline, it only says so.
 */
export function runLiveRefresh(): void {
  start(false);
}

/** Waiting for the running Hugging Face refresh, in order to start after it (see runAfterLiveRefresh). */
let afterRefresh: (() => void) | undefined;

/**
 * Runs the Hugging Face refresh, then `next` once it has settled (at once when it is off).
 * Another source's refresh goes second because the Hugging Face one starts after the
 * newest stored day: a day another source stored first would hide the days before it.
 */
export function runAfterLiveRefresh(next: () => void): void {
  start(false);
  if (useLiveRefreshStore.getState().status === 'running') afterRefresh = next;
  else next();
}

/**
 * "Fetch real papers" on the demo corpus: turns live refresh on for good, and fetches the
 * last weeks in the import worker after removing the demo's papers (the library stays).
 */
export function replaceDemoWithRealPapers(): void {
  if (useLiveRefreshStore.getState().status === 'running') return;
  useLiveRefreshSettings.setState({ enabled: true, demoReplaced: true });
  start(true);
}

function start(replaceDemo: boolean): void {
  const { enabled, baseUrl } = useLiveRefreshSettings.getState();
  if (!enabled || useLiveRefreshStore.getState().status === 'running') return;
  if (!isHttpUrl(baseUrl)) {
    useLiveRefreshStore.setState({ status: 'failed', baseUrl, report: undefined, message: `"${baseUrl}" is not an http(s) address.` });
    return;
  }
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    useLiveRefreshStore.setState({ status: 'offline', baseUrl, report: undefined, message: undefined });
    return;
  }
  useLiveRefreshStore.setState({ status: 'running', baseUrl, progress: undefined, report: undefined, message: undefined });
  startImport({ type: 'live-refresh', baseUrl, today: utcToday(), replaceDemo }, onEvent);
}

function onEvent(event: ImportEvent): void {
  if (event.type === 'progress') useLiveRefreshStore.setState({ progress: event.progress });
  if (event.type === 'refreshed') useLiveRefreshStore.setState({ status: 'done', report: event.report });
  if (event.type === 'failed') useLiveRefreshStore.setState({ status: 'failed', message: event.message });
  if (event.type === 'refreshed' || event.type === 'failed') {
    const next = afterRefresh;
    afterRefresh = undefined;
    next?.();
  }
}
