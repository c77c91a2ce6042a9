import { readAbstractsOfDays } from '../../../db/search-source-repo.ts';

/**
 * How many abstract characters the worker keeps: every abstract of a 100k corpus fits
 * (~125M characters, one byte each for Latin-1 text). Reading a day row costs ~3 ms in
 * Chromium (measured at 100k: ~650 KB rows), so a keystroke whose first page spans 15
 * uncached days waited ~50 ms for excerpts; with the abstracts in memory it reads nothing.
 * A trade of memory for latency, on purpose.
 */
const MAX_CHARS = 160_000_000;
/** Days per read when a search needs many at once (phrase checks over many candidates). */
const DAYS_PER_READ = 32;
/**
 * Days per background read: small, so a search arriving meanwhile waits at most for one
 * short parse (~1 ms a day) and never for a long read.
 */
const DAYS_PER_PREFETCH = 2;
const PREFETCH_READS = 2;

export type ReadAbstracts = (dates: readonly string[]) => Promise<Map<string, Map<string, string>>>;

/**
 * Abstracts by day and paper id, for excerpts and exact-phrase checks. Filled in the
 * background once the index is ready (or while it is built), and on demand before that;
 * a day being read is read once, whoever asks. Least recently used days go first when
 * over budget.
 */
export class AbstractCache {
  private readonly byDay = new Map<string, Map<string, string>>();
  private readonly sizes = new Map<string, number>();
  private readonly reading = new Map<string, Promise<void>>();
  private chars = 0;

  constructor(private readonly read: ReadAbstracts = readAbstractsOfDays) {}

  /** Makes `dates` available: reads those neither cached nor being read, waits for the rest. */
  async load(dates: Iterable<string>, perRead = DAYS_PER_READ): Promise<void> {
    const waits: Promise<void>[] = [];
    const missing: string[] = [];
    for (const date of new Set(dates)) {
      if (this.byDay.has(date)) continue;
      const pending = this.reading.get(date);
      if (pending) waits.push(pending);
      else missing.push(date);
    }
    for (let i = 0; i < missing.length; i += perRead) waits.push(this.readDays(missing.slice(i, i + perRead)));
    await Promise.all(waits);
  }

  /**
   * Loads `dates` a few at a time, in order, until the budget is full, with PREFETCH_READS
   * reads in flight so one read's I/O overlaps the previous one's parse.
   */
  async prefetch(dates: readonly string[]): Promise<void> {
    let next = 0;
    const lane = async () => {
      while (next < dates.length && this.chars < MAX_CHARS) {
        const batch = dates.slice(next, next + DAYS_PER_PREFETCH);
        next += DAYS_PER_PREFETCH;
        await this.load(batch, DAYS_PER_PREFETCH);
        // Let a search that arrived during the read go first.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
    await Promise.all(Array.from({ length: PREFETCH_READS }, lane));
  }

  async get(date: string, id: string): Promise<string> {
    let day = this.byDay.get(date);
    if (!day) {
      await this.load([date]);
      day = this.byDay.get(date) ?? new Map<string, string>();
    }
    this.touch(date, day);
    return day.get(id) ?? '';
  }

  /** Keeps the abstracts of a day read for another reason (building the index). */
  remember(date: string, day: Map<string, string>): void {
    this.drop(date);
    let size = 0;
    for (const text of day.values()) size += text.length;
    this.byDay.set(date, day);
    this.sizes.set(date, size);
    this.chars += size;
    while (this.chars > MAX_CHARS && this.byDay.size > 1) this.drop(this.byDay.keys().next().value!);
  }

  /** Forgets days an import changed. */
  forget(dates: Iterable<string>): void {
    for (const date of dates) {
      this.reading.delete(date);
      this.drop(date);
    }
  }

  get size(): number {
    return this.byDay.size;
  }

  private readDays(dates: string[]): Promise<void> {
    const done = this.read(dates).then(
      (read) => {
        // A day an import changed while it was read is forgotten, not stored stale.
        for (const [date, day] of read) if (this.reading.get(date) === done) this.remember(date, day);
      },
    ).finally(() => {
      for (const date of dates) if (this.reading.get(date) === done) this.reading.delete(date);
    });
    for (const date of dates) this.reading.set(date, done);
    return done;
  }

  private touch(date: string, day: Map<string, string>): void {
    this.byDay.delete(date);
    this.byDay.set(date, day);
  }

  private drop(date: string): void {
    if (!this.byDay.delete(date)) return;
    this.chars -= this.sizes.get(date) ?? 0;
    this.sizes.delete(date);
  }
}
