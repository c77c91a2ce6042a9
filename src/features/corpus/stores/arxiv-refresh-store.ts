import { create } from 'zustand';
import { isHttpUrl } from '../../../domain/corpus/paper-limits.ts';
import type { ArxivRefreshReport } from '../import/arxiv-refresh.ts';
import type { ImportEvent, ImportProgress } from '../import/import-protocol.ts';
import { startImport } from '../import/import-client.ts';
import { useLiveRefreshSettings } from './live-refresh-settings-store.ts';

export type ArxivRefreshStatus = 'idle' | 'running' | 'done' | 'offline' | 'failed';

interface ArxivRefreshState {
  status: ArxivRefreshStatus;
  /** The feed site and categories asked, as set when the refresh started. */
  baseUrl?: string;
  categories?: string[];
  progress?: ImportProgress;
  report?: ArxivRefreshReport;
  /** Why a refresh could not run at all (a bad address, storage full). */
  message?: string;
}

/** The last arXiv refresh, for its status line; the papers land in IndexedDB. */
export const useArxivRefreshStore = create<ArxivRefreshState>(() => ({ status: 'idle' }));

/**
 * Fetches the followed categories' announcement feeds in the import worker. Does nothing
 * while one runs, when the setting is off or no category is chosen; offline, it only says so.
 */
export function runArxivRefresh(): void {
  const { arxivEnabled, arxivBaseUrl: baseUrl, arxivCategories: categories } = useLiveRefreshSettings.getState();
  if (!arxivEnabled || categories.length === 0 || useArxivRefreshStore.getState().status === 'running') return;
  if (!isHttpUrl(baseUrl)) {
    useArxivRefreshStore.setState({ status: 'failed', baseUrl, categories, report: undefined, message: `"${baseUrl}" is not an http(s) address.` });
    return;
  }
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    useArxivRefreshStore.setState({ status: 'offline', baseUrl, categories, report: undefined, message: undefined });
    return;
  }
  useArxivRefreshStore.setState({ status: 'running', baseUrl, categories, progress: undefined, report: undefined, message: undefined });
  startImport({ type: 'arxiv-refresh', baseUrl, categories }, onEvent);
}

function onEvent(event: ImportEvent): void {
  if (event.type === 'progress') useArxivRefreshStore.setState({ progress: event.progress });
  if (event.type === 'arxiv-refreshed') useArxivRefreshStore.setState({ status: 'done', report: event.report });
  if (event.type === 'failed') useArxivRefreshStore.setState({ status: 'failed', message: event.message });
}
