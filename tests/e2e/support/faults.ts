import { readFile } from 'node:fs/promises';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { Manifest } from '../../../src/domain/corpus/corpus-files.ts';
import { SHARD_URL } from './shard-gate.ts';

/** What the database holds, read with raw IndexedDB (no app code): shards recorded and papers per month. */
export interface StoredCorpus {
  shards: { month: string; hash: string; count: number }[];
  papersByMonth: Record<string, number>;
}

export async function readStoredCorpus(page: Page): Promise<StoredCorpus> {
  return page.evaluate(
    () =>
      new Promise<StoredCorpus>((resolve, reject) => {
        const open = indexedDB.open('paperfeed');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['shards', 'days'].filter((n) => db.objectStoreNames.contains(n));
          if (names.length < 2) {
            db.close();
            resolve({ shards: [], papersByMonth: {} });
            return;
          }
          const tx = db.transaction(names, 'readonly');
          const shards = tx.objectStore('shards').getAll();
          const days = tx.objectStore('days').getAll();
          tx.oncomplete = () => {
            db.close();
            const papersByMonth: Record<string, number> = {};
            for (const row of days.result as { date: string; json: string }[]) {
              const month = row.date.slice(0, 7);
              papersByMonth[month] = (papersByMonth[month] ?? 0) + (JSON.parse(row.json) as unknown[]).length;
            }
            resolve({ shards: (shards.result as StoredCorpus['shards']).map(({ month, hash, count }) => ({ month, hash, count })), papersByMonth });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Every shard is whole: a month recorded as imported holds exactly its papers, and a month
 * not recorded holds none (nothing half-written). With `complete`, every shard of the
 * manifest is recorded with the manifest's hash.
 */
export async function expectShardsWhole(page: Page, manifest: Manifest, complete: boolean): Promise<StoredCorpus> {
  const stored = await readStoredCorpus(page);
  const recorded = new Map(stored.shards.map((s) => [s.month, s]));
  for (const entry of manifest.shards) {
    const shard = recorded.get(entry.month);
    const papers = stored.papersByMonth[entry.month] ?? 0;
    if (shard) {
      expect(shard.hash, `hash of ${entry.month}`).toBe(entry.hash);
      expect(papers, `papers stored for ${entry.month}`).toBe(entry.count);
    } else {
      expect(papers, `papers of ${entry.month}, a shard not recorded as imported`).toBe(0);
      expect(complete, `${entry.month} not imported`).toBe(false);
    }
  }
  return stored;
}

/**
 * The library as its own backup export (through the Library page), without the export
 * time; `saveTo` keeps the file, to import it again.
 */
export async function exportLibrary(page: Page, saveTo?: string): Promise<unknown> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  if (saveTo) await download.saveAs(saveTo);
  const backup = JSON.parse(await readFile((await download.path())!, 'utf8')) as Record<string, unknown>;
  delete backup.exportedAt;
  return backup;
}

/**
 * Fills the origin's storage to the brim (a database of random bytes beside the app's),
 * the way a full disk leaves it: after this every write of the app fails.
 */
export async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('e2e-filler');
      open.onupgradeneeded = () => open.result.createObjectStore('blobs');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const put = (size: number) =>
      new Promise<boolean>((resolve) => {
        const bytes = new Uint8Array(size);
        for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
        const tx = db.transaction('blobs', 'readwrite');
        tx.objectStore('blobs').put(bytes, crypto.randomUUID());
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
      });
    for (let size = 1 << 20; size >= 16; ) if (!(await put(size))) size >>= 1;
    db.close();
  });
}

export interface CountedGate {
  /** Lets `count` more shard requests through; the rest stay held. */
  allow(count: number): void;
  /** Fails every held and later shard request as a lost connection would. */
  disconnect(): void;
  /** Lets everything through from now on. */
  reconnect(): void;
}

/**
 * Holds shard requests (page and workers) and lets them through one by one, or fails
 * them as a network error: the import is at a known point whatever the machine's speed.
 */
export async function gateShards(context: BrowserContext): Promise<CountedGate> {
  let allowance = 0;
  let mode: 'hold' | 'fail' | 'open' = 'hold';
  const held: (() => void)[] = [];
  const settle = () => {
    while (held.length && (mode !== 'hold' || allowance > 0)) {
      if (mode === 'hold') allowance--;
      held.shift()!();
    }
  };
  await context.route(SHARD_URL, async (route) => {
    await new Promise<void>((resolve) => {
      held.push(resolve);
      settle();
    });
    if (mode === 'fail') await route.abort('internetdisconnected');
    else await route.continue();
  });
  return {
    allow(count) {
      allowance += count;
      settle();
    },
    disconnect() {
      mode = 'fail';
      settle();
    },
    reconnect() {
      mode = 'open';
      settle();
    },
  };
}
