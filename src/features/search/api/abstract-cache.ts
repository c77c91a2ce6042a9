import {
  ABSTRACT_PAGE_SIZE,
  abstractPageKey,
  dateOfPageKey,
  deleteAbstractPages,
  listPagedDates,
  readAbstractPages,
  readAbstractPagesOfDays,
  writeAbstractPages,
} from '../../../db/abstract-pages-repo.ts';
import type { AbstractPageRecord } from '../../../db/schema.ts';
import { readAbstractsOfDays } from '../../../db/search-source-repo.ts';

/**
 * How many abstract characters the prefetch loads: every abstract of a 100k corpus fits
 * (~125M characters, one byte each for Latin-1 text). A trade of memory for latency, on
 * purpose: with the abstracts in memory a keystroke reads nothing.
 */
const MAX_CHARS = 160_000_000;
/** Days per background read: small, so a search arriving meanwhile waits little. */
const DAYS_PER_PREFETCH = 2;
/** Days of pages per write transaction (~4 MB at 100k). */
const DAYS_PER_WRITE = 8;
/** Day rows per read when a search needs many at once (phrase checks over many candidates). */
const DAYS_PER_READ = 32;

/** Where a paper's abstract is: its day, id, and position in the day row (for its page). */
export interface AbstractRef {
  date: string;
  id: string;
  /** Position in the day row, as indexed; a wrong one only costs a day-row read. */
  position: number;
}

/** The cache's I/O: day rows (the truth) and abstract pages (a small, derived copy). */
export interface AbstractSource {
  readDays(dates: readonly string[]): Promise<Map<string, Map<string, string>>>;
  readPages(keys: readonly string[]): Promise<(AbstractPageRecord | undefined)[]>;
  readPagesOfDays(dates: readonly string[]): Promise<Map<string, AbstractPageRecord[]>>;
  listPagedDates(): Promise<Set<string>>;
  writePages(days: ReadonlyMap<string, AbstractPageRecord[]>): Promise<void>;
  deletePages(dates: Iterable<string>): Promise<void>;
}

export const indexedDbAbstracts: AbstractSource = {
  readDays: readAbstractsOfDays,
  readPages: readAbstractPages,
  readPagesOfDays: readAbstractPagesOfDays,
  listPagedDates,
  writePages: writeAbstractPages,
  deletePages: deleteAbstractPages,
};

/**
 * Abstracts for excerpts and exact-phrase checks. Whole days are loaded in the background
 * (from their pages when stored, else from the day row); a search that needs an abstract
 * before that reads just its page (~80 KB) instead of its day row (~650 KB at 100k, ~3 ms
 * each in Chromium: a first page of results spanning 20 days waited 60-100 ms). A day or
 * page being read is read once, whoever asks; a read of a day an import changed meanwhile
 * is dropped.
 */
export class AbstractCache {
  private readonly byDay = new Map<string, Map<string, string>>();
  private readonly byPage = new Map<string, Map<string, string>>();
  private readonly reading = new Map<string, Promise<void>>();
  /** Bumped when an import changes a day: reads started before are dropped. */
  private readonly generations = new Map<string, number>();
  /** Days whose stored pages are current; undefined until listed. */
  private paged: Set<string> | undefined;
  private chars = 0;

  constructor(private readonly source: AbstractSource = indexedDbAbstracts) {}

  get size(): number {
    return this.byDay.size;
  }

  /** The abstract of `ref` when it is in memory. */
  peek(ref: AbstractRef): string | undefined {
    return this.byDay.get(ref.date)?.get(ref.id) ?? this.byPage.get(pageKeyOf(ref))?.get(ref.id);
  }

  /** Makes the abstracts of `refs` available: their pages where stored, else their days. */
  async load(refs: readonly AbstractRef[]): Promise<void> {
    const paged = await this.pagedDates();
    const missing = refs.filter((ref) => this.peek(ref) === undefined);
    const pageKeys = [...new Set(missing.filter((ref) => paged.has(ref.date)).map(pageKeyOf))];
    await this.readOnce(pageKeys, (keys) => this.readPages(keys));
    const days = [...new Set(missing.filter((ref) => this.peek(ref) === undefined).map((ref) => ref.date))];
    for (let i = 0; i < days.length; i += DAYS_PER_READ) await this.readOnce(days.slice(i, i + DAYS_PER_READ), (dates) => this.readDays(dates));
  }

  async get(ref: AbstractRef): Promise<string> {
    if (this.peek(ref) === undefined) await this.load([ref]);
    return this.peek(ref) ?? '';
  }

  /**
   * Loads whole days, in order, until the budget is full: one small read at a time, without
   * pausing for searches. Measured at 100k while typing: two reads in flight competed with
   * the page for the two cores (main-thread gaps up to 98 ms); pausing while someone types
   * left every keystroke reading its own pages (p50 23 -> 30 ms).
   */
  async prefetch(dates: readonly string[]): Promise<void> {
    for (let i = 0; i < dates.length && this.chars < MAX_CHARS; i += DAYS_PER_PREFETCH) {
      const batch = dates.slice(i, i + DAYS_PER_PREFETCH).filter((date) => !this.byDay.has(date));
      await this.readOnce(batch, (days) => this.readWholeDays(days));
      // Let a search that arrived during the read go first.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Keeps the abstracts of a whole day read for another reason (building the index). */
  remember(date: string, day: Map<string, string>): void {
    this.drop(date);
    for (const text of day.values()) this.chars += text.length;
    this.byDay.set(date, day);
  }

  /** Forgets days an import changed, and stops trusting their stored pages. */
  forget(dates: Iterable<string>): void {
    const changed = new Set(dates);
    for (const date of changed) {
      this.drop(date);
      this.paged?.delete(date);
      this.generations.set(date, this.generation(date) + 1);
    }
    for (const key of [...this.byPage.keys(), ...this.reading.keys()]) {
      if (changed.has(key) || changed.has(dateOfPageKey(key))) {
        this.byPage.delete(key);
        this.reading.delete(key);
      }
    }
  }

  private drop(date: string): void {
    const old = this.byDay.get(date);
    if (!old) return;
    for (const text of old.values()) this.chars -= text.length;
    this.byDay.delete(date);
  }

  private generation(date: string): number {
    return this.generations.get(date) ?? 0;
  }

  /** Generations of `dates` now, to tell afterwards whether an import changed one meanwhile. */
  private snapshot(dates: readonly string[]): (date: string) => boolean {
    const at = new Map(dates.map((date) => [date, this.generation(date)]));
    return (date) => at.get(date) === this.generation(date);
  }

  /** Deletes the stored pages of changed days (before they are re-read and re-indexed). */
  async dropPages(dates: Iterable<string>): Promise<void> {
    await this.source.deletePages(dates);
  }

  /**
   * Stores pages for the given days from the whole days in memory (others are skipped), a
   * few days per transaction: cloning a whole corpus's abstracts at once blocked the worker.
   */
  async storePages(dates: Iterable<string>): Promise<void> {
    const todo = [...dates].filter((date) => this.byDay.has(date));
    for (let i = 0; i < todo.length; i += DAYS_PER_WRITE) {
      const batch = todo.slice(i, i + DAYS_PER_WRITE);
      const current = this.snapshot(batch);
      const days = new Map<string, AbstractPageRecord[]>();
      for (const date of batch) {
        const day = this.byDay.get(date);
        if (day) days.set(date, toPages(date, day));
      }
      await this.source.writePages(days);
      // A day an import changed during the write is not trusted (its pages are dropped next).
      const paged = await this.pagedDates();
      for (const date of days.keys()) if (current(date)) paged.add(date);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Stores pages for the days held whole in memory (or those among `dates`) that have none. */
  async storeMissingPages(dates: readonly string[] = [...this.byDay.keys()]): Promise<void> {
    const paged = await this.pagedDates();
    await this.storePages(dates.filter((date) => !paged.has(date)));
  }

  private async pagedDates(): Promise<Set<string>> {
    this.paged ??= await this.source.listPagedDates();
    return this.paged;
  }

  /** Runs `read` for the keys nobody is reading yet, and waits for those others read. */
  private async readOnce(keys: readonly string[], read: (keys: string[]) => Promise<void>): Promise<void> {
    const waits: Promise<void>[] = [];
    const todo: string[] = [];
    for (const key of keys) {
      const pending = this.reading.get(key);
      if (pending) waits.push(pending);
      else todo.push(key);
    }
    if (todo.length) {
      const done: Promise<void> = read(todo).finally(() => {
        for (const key of todo) if (this.reading.get(key) === done) this.reading.delete(key);
      });
      for (const key of todo) this.reading.set(key, done);
      waits.push(done);
    }
    await Promise.all(waits);
  }

  private async readPages(keys: string[]): Promise<void> {
    const current = this.snapshot(keys.map(dateOfPageKey));
    const pages = await this.source.readPages(keys);
    pages.forEach((page, i) => {
      if (page && current(page.date)) this.byPage.set(keys[i]!, pageMap(page));
    });
  }

  private async readDays(dates: string[]): Promise<void> {
    const current = this.snapshot(dates);
    const read = await this.source.readDays(dates);
    for (const [date, day] of read) if (current(date)) this.remember(date, day);
  }

  /** Whole days from their pages where complete, else from their day rows. */
  private async readWholeDays(dates: string[]): Promise<void> {
    const current = this.snapshot(dates);
    const paged = await this.pagedDates();
    const withPages = dates.filter((date) => paged.has(date));
    const fromPages = withPages.length ? await this.source.readPagesOfDays(withPages) : new Map<string, AbstractPageRecord[]>();
    const rest: string[] = [];
    for (const date of dates) {
      const day = whole(fromPages.get(date));
      if (!day) rest.push(date);
      else if (current(date)) this.remember(date, day);
    }
    if (!rest.length) return;
    const read = await this.source.readDays(rest);
    for (const [date, day] of read) if (current(date)) this.remember(date, day);
  }
}

function pageKeyOf(ref: AbstractRef): string {
  return abstractPageKey(ref.date, Math.floor(ref.position / ABSTRACT_PAGE_SIZE));
}

function pageMap(page: AbstractPageRecord): Map<string, string> {
  return new Map(page.ids.map((id, i) => [id, page.texts[i] ?? '']));
}

/** A day's abstracts from its pages, or undefined when they do not hold the whole day. */
function whole(pages: AbstractPageRecord[] | undefined): Map<string, string> | undefined {
  if (!pages?.length) return undefined;
  const day = new Map<string, string>();
  for (const page of pages) page.ids.forEach((id, i) => day.set(id, page.texts[i] ?? ''));
  return day.size === pages[0]!.dayCount ? day : undefined;
}

/** A day's abstracts cut into pages, in the day row's order (Map insertion order). */
export function toPages(date: string, day: ReadonlyMap<string, string>): AbstractPageRecord[] {
  const entries = [...day];
  const pages: AbstractPageRecord[] = [];
  for (let start = 0, page = 0; start < entries.length; start += ABSTRACT_PAGE_SIZE, page++) {
    const slice = entries.slice(start, start + ABSTRACT_PAGE_SIZE);
    pages.push({ key: abstractPageKey(date, page), date, dayCount: entries.length, ids: slice.map(([id]) => id), texts: slice.map(([, text]) => text) });
  }
  return pages;
}
