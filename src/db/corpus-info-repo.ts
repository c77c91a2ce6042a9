import { getDb } from './database.ts';

/** What the app knows about the corpus it last synced: shown as "demo data" where it is. */
export interface CorpusInfo {
  name: string;
  demo: boolean;
  shards: number;
}

const KEY = 'corpusInfo';

export async function putCorpusInfo(info: CorpusInfo): Promise<void> {
  await getDb().meta.put({ key: KEY, value: info });
}

export async function getCorpusInfo(): Promise<CorpusInfo | undefined> {
  return (await getDb().meta.get(KEY))?.value as CorpusInfo | undefined;
}
