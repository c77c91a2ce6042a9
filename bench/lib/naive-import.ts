import type { Page } from 'playwright-core';

/**
 * The naive design the app is measured against: fetch and JSON.parse each shard on the
 * main thread, then one IndexedDB `put` per paper into a store keyed by id with a `date`
 * index, one transaction per shard. Plain JavaScript, evaluated in the page.
 */
const NAIVE_IMPORT_SOURCE = `async (manifestUrl) => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-naive-import', 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('papers', { keyPath: 'id' });
      store.createIndex('date', 'date');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const manifest = JSON.parse(await (await fetch(manifestUrl, { cache: 'no-cache' })).text());
  let papers = 0;
  for (const shard of manifest.shards) {
    const response = await fetch(new URL(shard.file, manifestUrl), { cache: 'no-cache' });
    if (!response.ok) throw new Error(shard.file + ' answered ' + response.status);
    const list = JSON.parse(await response.text()).papers;
    await new Promise((resolve, reject) => {
      const tx = db.transaction('papers', 'readwrite');
      const store = tx.objectStore('papers');
      for (const paper of list) store.put(paper);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    papers += list.length;
  }
  db.close();
  return { papers, endAt: performance.now() };
}`;

export interface NaiveImportRun {
  /** Navigation start (of the same-origin page it runs on) to the last commit. */
  ms: number;
  papers: number;
}

/**
 * Runs the naive import on the app's origin without starting the app: the page is the
 * manifest itself (a JSON document), so the app's own import cannot interfere.
 */
export async function measureNaiveImport(page: Page, origin: string, timeoutMs: number): Promise<NaiveImportRun> {
  const manifestUrl = new URL('corpus/manifest.json', origin).href;
  await page.goto(manifestUrl, { waitUntil: 'commit' });
  page.setDefaultTimeout(timeoutMs);
  const result = (await page.evaluate(`(${NAIVE_IMPORT_SOURCE})(${JSON.stringify(manifestUrl)})`)) as { papers: number; endAt: number };
  return { ms: result.endAt, papers: result.papers };
}
