import { buildSegment, type IndexablePaper } from './build-segment.ts';
import { LiveSegment } from './live-segment.ts';
import { parseQuery, type ParsedQuery } from './query-parser.ts';
import { runQuery, type QueryContext, type QueryOutcome } from './run-query.ts';
import { segmentBytes, type Segment } from './segment.ts';
import { mergeSegments } from './merge-segments.ts';

/** A segment as persisted, with the days retired from it since it was built. */
export interface StoredSegment {
  segment: Segment;
  retired: string[];
}

/**
 * The whole index: segments, oldest first. Changed days are retired from every segment and
 * indexed again in a new segment appended at the end (an import appends one per shard);
 * `compact` merges them into one without re-tokenising (merge-segments.ts), so a query
 * scans one vocabulary again. Re-indexing costs stay proportional to what changed.
 */
export class SearchIndex {
  private segments: LiveSegment[];

  constructor(stored: readonly StoredSegment[] = []) {
    this.segments = stored.map((s) => new LiveSegment(s.segment, s.retired));
  }

  static build(papers: readonly IndexablePaper[]): SearchIndex {
    return new SearchIndex([{ segment: buildSegment(papers), retired: [] }]);
  }

  get live(): readonly LiveSegment[] {
    return this.segments;
  }

  get size(): number {
    return this.segments.reduce((sum, s) => sum + s.liveCount, 0);
  }

  get bytes(): number {
    return this.segments.reduce((sum, s) => sum + segmentBytes(s.data) + s.alive.byteLength, 0);
  }

  /** What to store to restore this index without a rebuild. */
  get stored(): StoredSegment[] {
    return this.segments.map((s) => ({ segment: s.data, retired: [...s.retired] }));
  }

  /**
   * Re-indexes `dates`: `papers` must be every paper now stored on those days (none for a
   * day now empty), each day's papers together and in the day row's order.
   */
  replaceDays(dates: ReadonlySet<string>, papers: readonly IndexablePaper[]): void {
    this.addSegment(dates, buildSegment(papers));
  }

  /** The same as `replaceDays`, with the changed days' segment already built. */
  addSegment(dates: ReadonlySet<string>, segment: Segment): void {
    for (const live of this.segments) live.retireDays(dates);
    this.segments = [...this.segments.filter((s) => s.liveCount > 0), new LiveSegment(segment)];
  }

  /** True when `compacted` would change anything: several segments, or retired rows. */
  get fragmented(): boolean {
    return this.segments.length > 1 || this.segments.some((s) => s.liveCount !== s.data.ids.length);
  }

  /**
   * The same papers in one segment (retired rows dropped): faster to query and to restore.
   * A new index, so a search still reading this one's rows is not disturbed.
   */
  compacted(): SearchIndex {
    return this.fragmented ? new SearchIndex([{ segment: mergeSegments(this.segments), retired: [] }]) : this;
  }

  search(input: string | ParsedQuery, context: QueryContext): QueryOutcome {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    return runQuery(this.segments, query, context);
  }
}
