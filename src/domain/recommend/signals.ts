/**
 * What a reader told us about papers, as plain data (the database rows and the backup use
 * the same shape). Bookmarks and collections are signals too; they live in the library.
 */
export type SignalKind = 'more' | 'less';

export interface LibrarySignal {
  paperId: string;
  kind: SignalKind;
  createdAt: number;
}

/** A bookmark as far as interests care: which paper, in which collections. */
export interface SavedPaper {
  paperId: string;
  collectionIds: readonly string[];
}

/** `all` is every positive together; `collection:<id>` one collection's papers. */
export type InterestKey = 'all' | `collection:${string}`;

export interface Interest {
  key: InterestKey;
  positives: string[];
  negatives: string[];
}

/** Below this many positives a view explains what to do instead of ranking (cold start). */
export const MIN_POSITIVES = 3;

/**
 * The interests to learn: every bookmark and "more like this" together, and each collection
 * on its own. "Less like this" is a negative for all of them and overrides a bookmark of
 * the same paper for `all` (the reader said so last and most explicitly).
 */
export function interestsOf(saved: readonly SavedPaper[], signals: readonly LibrarySignal[]): Interest[] {
  const less = new Set(signals.filter((s) => s.kind === 'less').map((s) => s.paperId));
  const negatives = [...less].sort();
  const all = new Set([...saved.map((b) => b.paperId), ...signals.filter((s) => s.kind === 'more').map((s) => s.paperId)]);
  const interests: Interest[] = [{ key: 'all', positives: [...all].filter((id) => !less.has(id)).sort(), negatives }];
  const byCollection = new Map<string, string[]>();
  for (const bookmark of saved) {
    for (const id of bookmark.collectionIds) {
      const list = byCollection.get(id);
      if (list) list.push(bookmark.paperId);
      else byCollection.set(id, [bookmark.paperId]);
    }
  }
  for (const [id, papers] of [...byCollection].sort(([a], [b]) => (a < b ? -1 : 1))) {
    interests.push({ key: `collection:${id}`, positives: papers.sort(), negatives });
  }
  return interests;
}

/** Merges imported signals into stored ones: per paper, the later one wins. Pure. */
export function mergeSignals(current: readonly LibrarySignal[], incoming: readonly LibrarySignal[]): { signals: LibrarySignal[]; added: number } {
  const byPaper = new Map(current.map((s) => [s.paperId, s]));
  let added = 0;
  for (const signal of incoming) {
    const existing = byPaper.get(signal.paperId);
    if (!existing) added++;
    if (!existing || signal.createdAt > existing.createdAt) byPaper.set(signal.paperId, signal);
  }
  return { signals: [...byPaper.values()], added };
}
