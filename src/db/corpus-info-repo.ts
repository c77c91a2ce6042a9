import { getDb } from './database.ts';
import { withStorageErrors } from './storage-error.ts';

/** What the app knows about the corpus it last synced: shown as "demo data" where it is. */
export interface CorpusInfo {
  name: string;
  demo: boolean;
  shards: number;
}

const KEY = 'corpusInfo';

/** Writes only when the info changed: a start-up with nothing new writes nothing. */
export async function putCorpusInfo(info: CorpusInfo): Promise<void> {
  const db = getDb();
  await withStorageErrors(() =>
    db.transaction('rw', db.meta, async () => {
      const stored = (await db.meta.get(KEY))?.value as CorpusInfo | undefined;
      if (stored && stored.name === info.name && stored.demo === info.demo && stored.shards === info.shards) return;
      await db.meta.put({ key: KEY, value: info });
    }),
  );
}

export async function getCorpusInfo(): Promise<CorpusInfo | undefined> {
  return (await getDb().meta.get(KEY))?.value as CorpusInfo | undefined;
}
