import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { countPapers } from '../../../db/papers-repo.ts';
import { makeCorpusFetch, makeCorpusFiles } from '../../../testing/corpus-server.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { PROGRESS_INTERVAL_MS, runImportRequest, useImportStore } from './import-store.ts';

// Issue #18: the page shows import progress at most once per PROGRESS_INTERVAL_MS (each shown
// figure renders the banner), still ends on the import's real end state, and never shows
// progress that arrives after the end.
const base = new URL('/corpus/', location.href).href;
const MONTHS = 8;
const papers = Array.from({ length: MONTHS }, (_, m) =>
  Array.from({ length: 5 }, (_, i) => makePaper({ id: `25${String(1 + m).padStart(2, '0')}.0000${i}`, date: `2025-${String(1 + m).padStart(2, '0')}-1${i}` })),
).flat();
const network = makeCorpusFetch(makeCorpusFiles(papers), base);
/** Each shard answers after this long, so the import outlasts several progress intervals. */
const SHARD_DELAY_MS = 120;

beforeEach(async () => {
  await resetDbForTests();
  useImportStore.setState({ status: 'idle', importedFiles: 0, elsewhere: false, report: undefined, error: undefined, progress: undefined });
  vi.stubGlobal('fetch', (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!String(input).endsWith('manifest.json')) await new Promise((resolve) => setTimeout(resolve, SHARD_DELAY_MS));
    return network(input, init);
  }) as typeof fetch);
});

afterEach(() => vi.unstubAllGlobals());

describe('import progress on the page', () => {
  it('is shown at most once per interval, and the import still ends done with every paper', async () => {
    const shown: { at: number; done: number; label: string }[] = [];
    let endedAt: number | undefined;
    const unsubscribe = useImportStore.subscribe((state, previous) => {
      if (state.progress !== previous.progress && state.progress && state.progress.label !== 'Starting') shown.push({ at: performance.now(), done: state.progress.done, label: state.progress.label });
      if (state.status === 'done' && previous.status !== 'done') endedAt = performance.now();
    });
    runImportRequest({ type: 'sync-corpus', baseUrl: base });
    await vi.waitFor(() => expect(useImportStore.getState().status).toBe('done'), { timeout: 30_000 });
    // Progress that was still waiting when the import ended is dropped, not shown late.
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_INTERVAL_MS * 2));
    unsubscribe();

    expect(await countPapers()).toBe(papers.length);
    expect(useImportStore.getState().status).toBe('done');
    // Eight shards at 120 ms each: about a second of progress, several intervals long.
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.at - shown[i - 1]!.at).toBeGreaterThanOrEqual(PROGRESS_INTERVAL_MS - 5);
    expect(shown.every((s) => s.at <= endedAt!)).toBe(true);
    // Figures only grow: the latest one is kept, never an older one.
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.done).toBeGreaterThanOrEqual(shown[i - 1]!.done);
  });
});
