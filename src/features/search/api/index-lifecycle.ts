import { forEachStoredDay, loadStoredIndex, readPapersByDay, saveStoredIndex } from '../../../db/search-source-repo.ts';
import { createSegmentBuilder } from '../../../domain/search/build-segment.ts';
import { SearchIndex } from '../../../domain/search/search-index.ts';

/**
 * Bump when the stored segment layout or what it holds changes: older records are rebuilt,
 * never misread. 2: terms from the search tokenizer (camel-case parts, hyphen-joined words)
 * and their pairs in the pair filter.
 */
export const INDEX_FORMAT = 2;

/** The stored index, when it was built from the papers now stored (the same paper version). */
export async function restoreIndex(version: number): Promise<SearchIndex | undefined> {
  const record = await loadStoredIndex();
  if (!record || record.format !== INDEX_FORMAT || record.version !== version) return undefined;
  return new SearchIndex(record.segments);
}

/** Builds the index from every day row, streaming rows so papers are not all held at once. */
export async function buildFullIndex(): Promise<SearchIndex> {
  const builder = createSegmentBuilder();
  await forEachStoredDay((_date, papers) => papers.forEach(builder.add));
  return new SearchIndex([{ segment: builder.finish(), retired: [] }]);
}

/** Re-indexes changed days: into the delta segment, or everything when the delta has grown too big. */
export async function reindexDays(index: SearchIndex, dates: ReadonlySet<string>): Promise<SearchIndex> {
  const days = await readPapersByDay(new Set([...dates, ...index.deltaDates()]));
  const papers = [...days.values()].flat();
  if (index.shouldRebuild(papers.length)) return buildFullIndex();
  index.replaceDays(dates, papers);
  return index;
}

/** Stores the index; a failure (storage full) only costs the next start a rebuild. */
export async function persistIndex(index: SearchIndex, version: number): Promise<void> {
  try {
    await saveStoredIndex({ format: INDEX_FORMAT, version, builtAt: Date.now(), segments: index.stored });
  } catch (error) {
    console.warn('paperfeed: the search index could not be stored; the next start rebuilds it', error);
  }
}
