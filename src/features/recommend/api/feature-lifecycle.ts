import { loadFeatures, saveFeatures } from '../../../db/recommend-repo.ts';
import { forEachStoredDay, readPapersByDay, readPaperVersion } from '../../../db/search-source-repo.ts';
import type { FeatureMatrix } from '../../../domain/recommend/feature-matrix.ts';
import { createTfidfBuilder } from '../../../domain/recommend/tfidf.ts';
import { replaceDays } from '../../../domain/recommend/update-features.ts';

/** Above this share of papers changed, the vocabulary is chosen again: a full rebuild. */
const REBUILD_SHARE = 0.2;

export interface Features {
  matrix: FeatureMatrix;
  source: 'stored' | 'built';
}

/** The stored features when they match the stored corpus, else built from the day rows and stored. */
export async function restoreOrBuild(): Promise<Features> {
  const fingerprint = await corpusFingerprint();
  const stored = await loadFeatures(fingerprint);
  if (stored) return { matrix: stored, source: 'stored' };
  const matrix = await buildAll();
  await saveFeatures(matrix, fingerprint);
  return { matrix, source: 'built' };
}

/** The paper version, bumped with every paper write: features built from another are rebuilt. */
async function corpusFingerprint(): Promise<string> {
  return `paper-version:${await readPaperVersion()}`;
}

async function buildAll(): Promise<FeatureMatrix> {
  const builder = createTfidfBuilder();
  await forEachStoredDay((_, papers) => papers.forEach(builder.add));
  return builder.finish();
}

/**
 * The features after an import changed `dates`: those days re-vectorised under the current
 * vocabulary, or everything rebuilt when much changed. The fingerprint is read before the
 * rows, so a stored record can only claim an older corpus than it holds (then rebuilt).
 */
export async function updateFeatures(matrix: FeatureMatrix, dates: ReadonlySet<string>): Promise<FeatureMatrix> {
  const fingerprint = await corpusFingerprint();
  const days = await readPapersByDay(dates);
  const papers = [...days.values()].flat();
  const next = papers.length > REBUILD_SHARE * matrix.ids.length ? await buildAll() : replaceDays(matrix, dates, papers);
  await saveFeatures(next, fingerprint);
  return next;
}
