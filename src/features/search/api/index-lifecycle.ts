import { forEachStoredDay, loadStoredIndex, readPapersByDay, saveStoredIndex } from '../../../db/search-source-repo.ts';
import { createSegmentBuilder, type IndexablePaper } from '../../../domain/search/build-segment.ts';
import { SearchIndex } from '../../../domain/search/search-index.ts';

/**
 * Bump when the stored segment layout or what it holds changes: older records are rebuilt,
 * never misread. 2: terms from the search tokenizer (camel-case parts, hyphen-joined words)
 * and their pairs in the pair filter.
 */
export const INDEX_FORMAT = 2;

/** The stored index, when it was built from the corpus now stored. */
export async function restoreIndex(fingerprint: string): Promise<SearchIndex | undefined> {
  const record = await loadStoredIndex();
  if (!record || record.format !== INDEX_FORMAT || record.fingerprint !== fingerprint) return undefined;
  return new SearchIndex(record.segments);
}

/**
 * Builds the index from every day row, streaming rows so papers are not all held at once.
 * `onAbstracts` gets each day's abstracts by paper id (the caller may keep them).
 */
export async function buildFullIndex(onAbstracts?: OnAbstracts): Promise<SearchIndex> {
  const builder = createSegmentBuilder();
  await forEachStoredDay((date, papers) => {
    papers.forEach(builder.add);
    onAbstracts?.(date, abstractsOf(papers));
  });
  return new SearchIndex([{ segment: builder.finish(), retired: [] }]);
}

/** Abstracts of a day by paper id, for callers that keep them (see AbstractCache). */
export type OnAbstracts = (date: string, abstracts: Map<string, string>) => void;

/** Re-indexes changed days: into the delta segment, or everything when the delta has grown too big. */
export async function reindexDays(index: SearchIndex, dates: ReadonlySet<string>, onAbstracts?: OnAbstracts): Promise<SearchIndex> {
  const days = await readPapersByDay(new Set([...dates, ...index.deltaDates()]));
  const papers = [...days.values()].flat();
  if (index.shouldRebuild(papers.length)) return buildFullIndex(onAbstracts);
  for (const [date, dayPapers] of days) onAbstracts?.(date, abstractsOf(dayPapers));
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

function abstractsOf(papers: readonly IndexablePaper[]): Map<string, string> {
  return new Map(papers.map((paper) => [paper.id, paper.abstract]));
}
