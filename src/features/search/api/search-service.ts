import { listMutes } from '../../../db/follow-repo.ts';
import { onPapersChanged } from '../../../db/papers-changed.ts';
import { listStoredDatesNewestFirst, readBookmarkIds, readCorpusFingerprint } from '../../../db/search-source-repo.ts';
import { parseQuery } from '../../../domain/search/query-parser.ts';
import { warmUpQueries } from '../../../domain/search/warm-up.ts';
import type { SearchIndex } from '../../../domain/search/search-index.ts';
import { buildFullIndex, reindexDays, restoreIndex, persistIndex, type OnAbstracts } from './index-lifecycle.ts';
import { AbstractCache } from './abstract-cache.ts';
import { CategoryIds } from './category-ids.ts';
import { MutedPapers } from './muted-papers.ts';
import { collectOrgs, presentHits } from './present-hits.ts';
import type { IndexStatus, SearchEvent, SearchQuery, SearchResponse } from './search-protocol.ts';

/**
 * Owns the index on one thread (the worker, or the page where workers are unavailable):
 * restores or builds it, keeps it current as imports change days, and answers queries.
 */
/** Quiet time after the last change before abstract pages are written. */
const PAGES_SETTLE_MS = 2_000;

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
  private pagesTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `keepAbstracts`: load every abstract into memory in the background (the worker does;
   * the main-thread fallback does not, so a page without workers never holds them).
   */
  constructor(
    private readonly emit: (event: SearchEvent) => void,
    private readonly options: { keepAbstracts?: boolean } = {},
  ) {
    this.ready = this.start();
    // A failed start is reported as an error status; searches that await `ready` see it too.
    // Without this, a start that fails with nobody searching (the database closed under it)
    // is an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  /** Building and re-indexing read day rows anyway: their abstracts are kept on the way. */
  private get keepAbstracts(): OnAbstracts | undefined {
    return this.options.keepAbstracts ? (date, day) => this.abstracts.remember(date, day) : undefined;
  }

  private async start(): Promise<void> {
    this.unsubscribe = onPapersChanged(({ dates }) => this.queueChanges(dates));
    this.status({ state: 'starting', papers: 0 });
    try {
      const fingerprint = await readCorpusFingerprint();
      const restored = await restoreIndex(fingerprint);
      let source: IndexStatus['source'] = 'stored';
      if (restored) this.index = restored;
      else {
        source = 'built';
        this.status({ state: 'building', papers: 0 });
        this.index = await buildFullIndex(this.keepAbstracts);
      }
      // Abstracts for excerpts and phrase checks, newest days first, in the background:
      // started before the warm-up, so the first reads are under way meanwhile.
      if (this.options.keepAbstracts) {
        void listStoredDatesNewestFirst()
          .then((dates) => this.abstracts.prefetch(dates))
          .then(() => {
            // Days whose pages were never written (the page was left before): write them now.
            if (restored) this.updating = this.updating.then(() => this.abstracts.storeMissingPages()).catch(() => undefined);
          })
          .catch(() => undefined);
      }
      warmUp(this.index);
      this.status(this.readyStatus(source, performance.now() - this.started));
      // A reader with mutes: find what they hide now, so the first search does not wait for it.
      void listMutes()
        .then((mutes) => this.mutedPapers.idsFor(mutes))
        .catch(() => undefined);
      if (!restored) {
        // Stored after the index is ready: searches need neither the record nor the pages.
        const built = this.index;
        this.updating = this.updating.then(() => this.store(built, fingerprint)).catch(() => undefined);
      }
    } catch (error) {
      this.status({ state: 'error', papers: 0, message: `Search is unavailable: ${(error as Error).message}` });
      throw error;
    }
  }

  private queueChanges(dates: string[]): void {
    clearTimeout(this.pagesTimer);
    this.abstracts.forget(dates);
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
    const fingerprint = await readCorpusFingerprint();
    // Their stored pages are stale from now on; new ones are written from the rows re-read.
    if (this.options.keepAbstracts) await this.abstracts.dropPages(dates).catch(() => undefined);
    this.index = await reindexDays(this.index, dates, this.keepAbstracts);
    this.status(this.readyStatus('built'));
    if (this.pending.size) return;
    await persistIndex(this.index, fingerprint);
    // Pages once the corpus has stopped changing: during an import they competed with it.
    const settled = this.index;
    clearTimeout(this.pagesTimer);
    this.pagesTimer = setTimeout(() => {
      this.updating = this.updating.then(() => this.storePages(settled)).catch(() => undefined);
    }, PAGES_SETTLE_MS);
  }

  /**
   * Stores the index record, then abstract pages for the days that have none yet: the record
   * first, so leaving the page soon after an import costs the next start its pages (excerpts
   * read day rows until they are written), not a rebuild. A failure only costs speed.
   */
  private async store(index: SearchIndex, fingerprint: string): Promise<void> {
    if (this.index !== index) return;
    await persistIndex(index, fingerprint);
    await this.storePages(index);
  }

  /**
   * Writes pages for the days held whole in memory that have none (built, re-indexed or read
   * from their rows) while `index` is current, then says all is stored.
   */
  private async storePages(index: SearchIndex): Promise<void> {
    if (this.index !== index || this.pending.size) return;
    if (this.options.keepAbstracts) await this.abstracts.storeMissingPages().catch(() => undefined);
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
    clearTimeout(this.pagesTimer);
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
