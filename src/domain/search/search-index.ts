import { buildSegment, type IndexablePaper } from './build-segment.ts';
import { LiveSegment } from './live-segment.ts';
import { parseQuery, type ParsedQuery } from './query-parser.ts';
import { runQuery, type QueryContext, type QueryOutcome } from './run-query.ts';
import { segmentBytes, type Segment } from './segment.ts';

/** A segment as persisted, with the days retired from it since it was built. */
export interface StoredSegment {
  segment: Segment;
  retired: string[];
}

/**
 * The whole index: a large base segment plus at most one delta segment for days changed
 * since the base was built. Changed days are retired from both and the delta is rebuilt
 * with them; once the delta outgrows the base, everything is rebuilt into one base, so
 * re-indexing costs stay proportional to what changed (amortised).
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

  /** Days the delta segment already holds: they must be re-read with the changed days. */
  deltaDates(): Set<string> {
    return this.segments.length > 1 ? this.segments[1]!.liveDates() : new Set();
  }

  /** True when the changed days plus the delta are worth a full rebuild instead. */
  shouldRebuild(changedPapers: number): boolean {
    const base = this.segments[0]?.liveCount ?? 0;
    return changedPapers > Math.max(base, 2_000);
  }

  /**
   * Re-indexes `dates`: `papers` must be every paper now stored on those days and on the
   * delta's days (see `deltaDates`).
   */
  replaceDays(dates: ReadonlySet<string>, papers: readonly IndexablePaper[]): void {
    const all = new Set([...dates, ...this.deltaDates()]);
    const base = this.segments[0];
    base?.retireDays(all);
    const delta = new LiveSegment(buildSegment(papers));
    this.segments = base ? [base, delta] : [delta];
  }

  search(input: string | ParsedQuery, context: QueryContext): QueryOutcome {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    return runQuery(this.segments, query, context);
  }
}
