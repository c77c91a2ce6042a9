import { readdir, stat } from 'node:fs/promises';
import { waitForStoredIndex } from './search-latency-probe.ts';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Size of a served corpus on disk (manifest and shards), in MB (10^6 bytes). */
export async function corpusMegabytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(dir)) if (name.endsWith('.json')) bytes += (await stat(join(dir, name))).size;
  return bytes / 1e6;
}

export interface AfterImportReading {
  /** Navigation start to the first `search:index-ready` mark covering every paper. */
  searchReadyMs: number;
  /** navigator.storage.estimate().usage once the index is stored, in MB. */
  storageMb: number;
  /** The IndexedDB part of it, where Chromium reports `usageDetails`. */
  indexedDbMb: number | null;
}

/**
 * After the import: waits until the search index covers all `papers` (the app marks
 * `search:index-ready` with the count) and is stored (`search:index-stored`), then reads
 * the origin's storage estimate, so the figure holds everything a first visit leaves.
 */
export async function measureAfterImport(page: Page, papers: number, timeoutMs: number): Promise<AfterImportReading> {
  const readyAt = `(performance.getEntriesByName('search:index-ready').find((e) => e.detail && e.detail.papers >= ${papers}) || {}).startTime`;
  await page.waitForFunction(`${readyAt} !== undefined`, undefined, { timeout: timeoutMs, polling: 250 });
  const searchReadyMs = (await page.evaluate(readyAt)) as number;
  await waitForStoredIndex(page, papers, timeoutMs);
  const estimate = (await page.evaluate('navigator.storage.estimate()')) as { usage?: number; usageDetails?: { indexedDB?: number } };
  return {
    searchReadyMs,
    storageMb: (estimate.usage ?? 0) / 1e6,
    indexedDbMb: estimate.usageDetails?.indexedDB === undefined ? null : estimate.usageDetails.indexedDB / 1e6,
  };
}
