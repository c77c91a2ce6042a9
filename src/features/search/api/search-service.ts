import { listMutes } from '../../../db/follow-repo.ts';
import { onPapersStored, whenNoImportRuns, type PapersChangedMessage } from '../../../db/papers-changed.ts';
import { readBookmarkIds, readPaperVersion } from '../../../db/search-source-repo.ts';
import { parseQuery } from '../../../domain/search/query-parser.ts';
import { warmUpQueries } from '../../../domain/search/warm-up.ts';
import type { SearchIndex } from '../../../domain/search/search-index.ts';
import { buildFullIndex, indexStoredDays, reindexDays, restoreIndex, persistIndex } from './index-lifecycle.ts';
import { AbstractCache } from './abstract-cache.ts';
import { CategoryIds } from './category-ids.ts';
import { MutedPapers } from './muted-papers.ts';
import { collectOrgs, presentHits } from './present-hits.ts';
import type { IndexStatus, SearchEvent, SearchQuery, SearchResponse } from './search-protocol.ts';

/**
 * Owns the index on one thread (the worker, or the page where workers are unavailable):
 * restores or builds it, keeps it current as imports change days, and answers queries.
 * Abstracts are not part of it: excerpts read them from their one stored copy.
 */
export class SearchService {
  private index: SearchIndex | undefined;
  private ready: Promise<void>;
  /** Announced changes not indexed yet, in the order they committed. */
  private pending: PapersChangedMessage[] = [];
  /** The paper version the index holds (see applyChanges). */
  private indexedVersion = 0;
  private updating: Promise<void> = Promise.resolve();
  private readonly started = performance.now();
  private readonly abstracts = new AbstractCache();
  private readonly categories = new CategoryIds();
  private readonly mutedPapers = new MutedPapers();
  private unsubscribe: () => void = () => {};
  private version = 0;

  constructor(private readonly emit: (event: SearchEvent) => void) {
    this.ready = this.start();
    // A failed start is reported as an error status; searches that await `ready` see it too.
    // Without this, a start that fails with nobody searching (the database closed under it)
    // is an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  private async start(): Promise<void> {
    this.unsubscribe = onPapersStored((message) => this.queueChanges(message));
    this.status({ state: 'starting', papers: 0 });
    try {
      // Read before the rows: an index built from them never claims a newer version than it holds.
      const paperVersion = await readPaperVersion();
      this.indexedVersion = paperVersion;
      const restored = await restoreIndex(paperVersion);
      let source: IndexStatus['source'] = 'stored';
      if (restored) this.index = restored;
      else {
        source = 'built';
        this.status({ state: 'building', papers: 0 });
        this.index = await buildFullIndex();
      }
      warmUp(this.index);
      this.status(this.readyStatus(source, performance.now() - this.started));
      // A reader with mutes: find what they hide now, so the first search does not wait for it.
      void listMutes()
        .then((mutes) => this.mutedPapers.idsFor(mutes))
        .catch(() => undefined);
      if (!restored) {
        // Stored after the index is ready: searches do not need the record.
        const built = this.index;
        this.storeLater(built, paperVersion);
      } else this.emit({ type: 'stored', papers: restored.size });
    } catch (error) {
      this.status({ state: 'error', papers: 0, message: `Search is unavailable: ${(error as Error).message}` });
      throw error;
    }
  }

  private queueChanges(message: PapersChangedMessage): void {
    this.abstracts.forget();
    this.mutedPapers.forget(message.dates);
    this.pending.push(message);
    this.updating = this.updating.then(() => this.applyChanges()).catch(() => undefined);
  }

  /**
   * Indexes the changes announced since the last update, then stores the index. Changes
   * that carry their rows, in commit order (each one version after the last), are indexed
   * from what they carry: an import's shards are indexed as they commit, never read back.
   * Anything else (a change without rows, a version skipped) reads the changed days back,
   * the version read first, so the index never claims a newer version than it holds.
   */
  private async applyChanges(): Promise<void> {
    await this.ready.catch(() => undefined);
    if (!this.pending.length || !this.index) return;
    const batch = this.pending.splice(0);
    const carried = carriedInOrder(batch, this.indexedVersion);
    if (carried) {
      for (const message of carried) {
        this.index = indexStoredDays(this.index, new Set(message.dates), message.stored.days);
        this.indexedVersion = message.stored.version;
      }
    } else {
      const paperVersion = await readPaperVersion();
      this.index = await reindexDays(this.index, new Set(batch.flatMap((m) => m.dates)));
      this.indexedVersion = paperVersion;
    }
    this.status(this.readyStatus('built'));
    if (!this.pending.length) this.storeLater(this.index, this.indexedVersion);
  }

  /** Not part of the update chain: it may wait for an import to end, while changes keep being indexed. */
  private storeLater(index: SearchIndex, paperVersion: number): void {
    void this.store(index, paperVersion).catch(() => undefined);
  }

  /**
   * Stores the index record once no import is writing (one store after the import, not one
   * per shard competing with its writes), merged into one segment first, then says all is
   * stored. A failure only costs the next start a rebuild.
   * Only the store asked for by the newest update goes on: updates add segments to the same
   * index object, so an older waiting store still holds `this.index` but a version the index
   * has passed, and storing it under that version made the next start rebuild (every import
   * of more than 8 shards did: the store queued after the compaction at shard 9 won).
   */
  private async store(index: SearchIndex, paperVersion: number): Promise<void> {
    await whenNoImportRuns();
    if (this.index !== index || this.pending.length || paperVersion !== this.indexedVersion) return;
    if (index.fragmented) {
      this.index = index = index.compacted();
      this.status(this.readyStatus('built'));
    }
    await persistIndex(index, paperVersion);
    if (this.index === index && !this.pending.length) this.emit({ type: 'stored', papers: index.size });
  }

  async search(query: SearchQuery): Promise<SearchResponse> {
    await this.ready;
    const index = this.index!;
    const indexVersion = this.version;
    const started = performance.now();
    const parsed = parseQuery(query.text);
    const bookmarks = query.filters.bookmarkedOnly ? await readBookmarkIds() : undefined;
    const inCategories = await this.categories.idsIn([...(parsed.categories ?? []), ...(query.filters.category ? [query.filters.category] : [])], this.version);
    const muted = query.mutes?.length ? await this.mutedPapers.idsFor(query.mutes) : undefined;
    const mutes = muted ? { ids: muted, show: query.showMuted ?? false } : undefined;
    // With phrases, hits that fail the exact check are dropped later: mutes are counted after it.
    const outcome = index.search(parsed, { filters: query.filters, sort: query.sort, bookmarks, inCategories, limit: query.limit, ...(parsed.phrases.length ? {} : { muted, showMuted: mutes?.show }) });
    const presented = await presentHits(index, outcome, parsed, query.limit, this.abstracts, parsed.phrases.length ? mutes : undefined);
    const { hits, total } = presented;
    const fullTotal = Math.min(outcome.fullTotal, total);
    const mutedCount = parsed.phrases.length ? presented.muted : outcome.muted;
    return { query, total, fullTotal, partial: outcome.partial, unmatched: outcome.unmatched, hits, muted: mutedCount, tookMs: performance.now() - started, indexVersion };
  }

  dispose(): void {
    this.unsubscribe();
  }

  private readyStatus(source: IndexStatus['source'], readyMs?: number): IndexStatus {
    const index = this.index!;
    return { state: 'ready', papers: index.size, version: ++this.version, source, readyMs, bytes: index.bytes, orgs: collectOrgs(index) };
  }

  private status(status: IndexStatus): void {
    this.emit({ type: 'status', status });
  }
}

/** The batch's changes with their rows, if every one carries them and they follow `version` without a gap. */
function carriedInOrder(batch: readonly PapersChangedMessage[], version: number): CarriedChange[] | undefined {
  const out: CarriedChange[] = [];
  for (const message of batch) {
    if (!message.stored) return undefined;
    // Committed before the index's version was read: the rows it was built from hold it.
    if (message.stored.version <= version) continue;
    if (message.stored.version !== version + 1) return undefined;
    version = message.stored.version;
    out.push(message as CarriedChange);
  }
  return out;
}

type CarriedChange = PapersChangedMessage & { stored: NonNullable<PapersChangedMessage['stored']> };

/** Runs the index's warm-up queries twice, so the first keystrokes meet compiled code. */
function warmUp(index: SearchIndex): void {
  const queries = warmUpQueries(index);
  for (let round = 0; round < 2; round++) {
    for (const text of queries) index.search(text, { filters: {}, sort: 'relevance', limit: 20 });
  }
}
