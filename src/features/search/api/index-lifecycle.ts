import { forEachStoredDay, loadStoredIndex, readPapersOfDays, saveStoredIndex } from '../../../db/search-source-repo.ts';
import { createSegmentBuilder } from '../../../domain/search/build-segment.ts';
import { SearchIndex } from '../../../domain/search/search-index.ts';

/** Bump when the stored segment layout changes: older records are rebuilt, never misread. */
export const INDEX_FORMAT = 1;

/** The stored index, when it was built from the corpus now stored. */
export async function restoreIndex(fingerprint: string): Promise<SearchIndex | undefined> {
  const record = await loadStoredIndex();
  if (!record || record.format !== INDEX_FORMAT || record.fingerprint !== fingerprint) return undefined;
  return new SearchIndex(record.segments);
}

/** Builds the index from every day row, streaming rows so abstracts are not all held at once. */
export async function buildFullIndex(): Promise<SearchIndex> {
  const builder = createSegmentBuilder();
  await forEachStoredDay((_date, papers) => papers.forEach(builder.add));
  return new SearchIndex([{ segment: builder.finish(), retired: [] }]);
}

/** Re-indexes changed days: into the delta segment, or everything when the delta has grown too big. */
export async function reindexDays(index: SearchIndex, dates: ReadonlySet<string>): Promise<SearchIndex> {
  const papers = await readPapersOfDays(new Set([...dates, ...index.deltaDates()]));
  if (index.shouldRebuild(papers.length)) return buildFullIndex();
  index.replaceDays(dates, papers);
  return index;
}

/** Stores the index; a failure (storage full) only costs the next start a rebuild. */
export async function persistIndex(index: SearchIndex, fingerprint: string): Promise<void> {
  try {
    await saveStoredIndex({ format: INDEX_FORMAT, fingerprint, builtAt: Date.now(), segments: index.stored });
  } catch (error) {
    console.warn('paperfeed: the search index could not be stored; the next start rebuilds it', error);
  }
}
