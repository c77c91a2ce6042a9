import type { Paper } from '../domain/corpus/paper-schema.ts';
import type { FeatureMatrix } from '../domain/recommend/feature-matrix.ts';
import type { LibrarySignal, SavedPaper } from '../domain/recommend/signals.ts';
import { getDb } from './database.ts';

/** What the recommend worker reads besides the day rows (src/db/search-source-repo.ts). */

const FEATURES_KEY = 'features';
/** Bump when the stored layout or the feature definition changes: older records are rebuilt. */
export const FEATURES_FORMAT = 1;

export interface InterestInputs {
  saved: SavedPaper[];
  signals: LibrarySignal[];
}

/** Bookmarks (paper and collections only: snapshots are not read) and signals, in one transaction. */
export async function readInterestInputs(): Promise<InterestInputs> {
  const db = getDb();
  return db.transaction('r', db.bookmarks, db.signals, async () => {
    const saved: SavedPaper[] = [];
    await db.bookmarks.each((b) => saved.push({ paperId: b.paperId, collectionIds: b.collectionIds }));
    return { saved, signals: await db.signals.toArray() };
  });
}

/** Ids of papers marked read (keys only). */
export async function readReadIds(): Promise<Set<string>> {
  return new Set((await getDb().reads.toCollection().primaryKeys()) as string[]);
}

/** The stored papers of `ids`, read from their day rows (`dateOf` says which). Missing ones are left out. */
export async function readPapers(ids: readonly string[], dateOf: (id: string) => string | undefined): Promise<Map<string, Paper>> {
  const wanted = new Set(ids);
  const dates = [...new Set(ids.map(dateOf).filter((d): d is string => !!d))];
  const rows = await getDb().days.bulkGet(dates);
  const out = new Map<string, Paper>();
  for (const row of rows) for (const paper of row?.papers ?? []) if (wanted.has(paper.id)) out.set(paper.id, paper);
  return out;
}

export async function loadFeatures(fingerprint: string): Promise<FeatureMatrix | undefined> {
  const record = await getDb().recommendFeatures.get(FEATURES_KEY);
  if (!record || record.format !== FEATURES_FORMAT || record.fingerprint !== fingerprint) return undefined;
  const split = (text: string) => (text ? text.split('\n') : []);
  return {
    ids: split(record.ids),
    dates: split(record.dates),
    vocab: split(record.vocab),
    idf: record.idf,
    indptr: record.indptr,
    indices: record.indices,
    values: record.values,
  };
}

/** Stores the features; a failure (storage full) only costs the next start a rebuild. */
export async function saveFeatures(matrix: FeatureMatrix, fingerprint: string): Promise<void> {
  try {
    await getDb().recommendFeatures.put({
      key: FEATURES_KEY,
      format: FEATURES_FORMAT,
      fingerprint,
      builtAt: Date.now(),
      ids: matrix.ids.join('\n'),
      dates: matrix.dates.join('\n'),
      vocab: matrix.vocab.join('\n'),
      idf: matrix.idf,
      indptr: matrix.indptr,
      indices: matrix.indices,
      values: matrix.values,
    });
  } catch (error) {
    console.warn('paperfeed: the recommendation features could not be stored; the next start rebuilds them', error);
  }
}
