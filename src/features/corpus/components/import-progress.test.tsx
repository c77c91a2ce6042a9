import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { countPapers } from '../../../db/papers-repo.ts';
import { makeCorpusFetch, makeCorpusFiles } from '../../../testing/corpus-server.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { useCorpusSync } from '../hooks/use-corpus-sync.ts';
import { useImportStore } from '../stores/import-store.ts';
import { ImportProgress } from './import-progress.tsx';

// Issue #16 item 12, on the page: an import that lost the connection says which shards are
// pending (not "done" with nothing shown), and the 'online' event fetches them.
const base = new URL('/corpus/', location.href).href;
const files = makeCorpusFiles(['2025-08-01', '2025-09-01', '2025-10-01'].map((date, i) => makePaper({ id: `25${String(8 + i).padStart(2, '0')}.0000${i}`, date })));
let online = true;
const network = makeCorpusFetch(files, base);

function Page() {
  useCorpusSync();
  return <ImportProgress />;
}

beforeEach(async () => {
  await resetDbForTests();
  useImportStore.setState({ status: 'idle', importedFiles: 0, elsewhere: false, report: undefined, error: undefined, progress: undefined });
  // The network as the browser sees it: the manifest and the newest shard, then nothing while offline.
  let shards = 0;
  vi.stubGlobal('fetch', (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!online && !String(input).endsWith('manifest.json') && shards++ >= 1) throw new TypeError('Failed to fetch');
    return network(input, init);
  }) as typeof fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
  online = true;
});

describe('an import that lost the connection', () => {
  it('says which months are pending, then fetches them when the browser is back online', async () => {
    online = false;
    render(<Page />);
    // The import runs on the page here (jsdom has no workers), loaded on demand: give it time.
    await vi.waitFor(() => expect(useImportStore.getState().status).toBe('pending'), { timeout: 10_000 });
    const notice = await screen.findByRole('status', { name: 'Import incomplete' });
    expect(notice).toHaveTextContent('Papers of 2 months could not be fetched (2025-09, 2025-08)');
    expect(notice).toHaveTextContent('They are fetched when the browser is back online');
    expect(await countPapers()).toBe(1);

    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(useImportStore.getState().status).toBe('done'), { timeout: 10_000 });
    expect(screen.queryByRole('status', { name: 'Import incomplete' })).toBeNull();
    expect(await countPapers()).toBe(3);
  });
});
