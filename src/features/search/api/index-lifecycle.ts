import { forEachStoredDay, loadStoredIndex, readPapersByDay, saveStoredIndex } from '../../../db/search-source-repo.ts';
import { createSegmentBuilder, type IndexablePaper } from '../../../domain/search/build-segment.ts';
import { papersOfStoredDay, type StoredDay } from '../../../db/papers-changed.ts';
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

/** Segments kept apart before they are merged into one: each one more vocabulary for every query to scan. */
const MAX_SEGMENTS = 8;

/** Re-indexes changed days, read from the day rows, into a new segment. */
export async function reindexDays(index: SearchIndex, dates: ReadonlySet<string>): Promise<SearchIndex> {
  const days = await readPapersByDay([...dates].sort());
  return addDays(index, dates, [...days.values()]);
}

/**
 * Indexes days as a writer announced them (`stored`: the rows its transaction wrote), so
 * an import's papers are indexed as each shard commits, without reading them back. Days
 * are indexed oldest first, each in its row's order (see LiveSegment.dayPosition).
 */
export function indexStoredDays(index: SearchIndex, dates: ReadonlySet<string>, days: readonly StoredDay[]): SearchIndex {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return addDays(index, dates, sorted.map(papersOfStoredDay));
}

function addDays(index: SearchIndex, dates: ReadonlySet<string>, days: readonly (readonly IndexablePaper[])[]): SearchIndex {
  const builder = createSegmentBuilder();
  for (const papers of days) papers.forEach(builder.add);
  index.addSegment(dates, builder.finish());
  return index.live.length > MAX_SEGMENTS ? index.compacted() : index;
}

/** Stores the index; a failure (storage full) only costs the next start a rebuild. */
export async function persistIndex(index: SearchIndex, version: number): Promise<void> {
  try {
    await saveStoredIndex({ format: INDEX_FORMAT, version, builtAt: Date.now(), segments: index.stored });
  } catch (error) {
    console.warn('paperfeed: the search index could not be stored; the next start rebuilds it', error);
  }
}
