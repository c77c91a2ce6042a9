import { listMutes } from '../../../db/follow-repo.ts';
import { onPapersChanged } from '../../../db/papers-changed.ts';
import { readBookmarkIds, readPaperVersion } from '../../../db/search-source-repo.ts';
import { parseQuery } from '../../../domain/search/query-parser.ts';
import { warmUpQueries } from '../../../domain/search/warm-up.ts';
import type { SearchIndex } from '../../../domain/search/search-index.ts';
import { buildFullIndex, reindexDays, restoreIndex, persistIndex } from './index-lifecycle.ts';
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
  private pending = new Set<string>();
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
    this.unsubscribe = onPapersChanged(({ dates }) => this.queueChanges(dates));
    this.status({ state: 'starting', papers: 0 });
    try {
      // Read before the rows: an index built from them never claims a newer version than it holds.
      const paperVersion = await readPaperVersion();
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
        this.updating = this.updating.then(() => this.store(built, paperVersion)).catch(() => undefined);
      } else this.emit({ type: 'stored', papers: restored.size });
    } catch (error) {
      this.status({ state: 'error', papers: 0, message: `Search is unavailable: ${(error as Error).message}` });
      throw error;
    }
  }

  private queueChanges(dates: string[]): void {
    this.abstracts.forget();
    this.mutedPapers.forget(dates);
    for (const date of dates) this.pending.add(date);
    this.updating = this.updating.then(() => this.applyChanges()).catch(() => undefined);
  }

  /** Re-indexes the days announced since the last update, then stores the index. */
  private async applyChanges(): Promise<void> {
    await this.ready.catch(() => undefined);
    if (!this.pending.size || !this.index) return;
    const dates = new Set(this.pending);
    this.pending.clear();
    const paperVersion = await readPaperVersion();
    this.index = await reindexDays(this.index, dates);
    this.status(this.readyStatus('built'));
    if (this.pending.size) return;
    await this.store(this.index, paperVersion);
  }

  /** Stores the index record, then says all is stored. A failure only costs the next start a rebuild. */
  private async store(index: SearchIndex, paperVersion: number): Promise<void> {
    if (this.index !== index || this.pending.size) return;
    await persistIndex(index, paperVersion);
    if (this.index === index && !this.pending.size) this.emit({ type: 'stored', papers: index.size });
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

/** Runs the index's warm-up queries twice, so the first keystrokes meet compiled code. */
function warmUp(index: SearchIndex): void {
  const queries = warmUpQueries(index);
  for (let round = 0; round < 2; round++) {
    for (const text of queries) index.search(text, { filters: {}, sort: 'relevance', limit: 20 });
  }
}
