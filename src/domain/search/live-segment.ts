import { Vocabulary } from './vocabulary.ts';
import type { Segment } from './segment.ts';

/** A segment ready to search: its vocabulary lookups and which of its rows are still current. */
export class LiveSegment {
  readonly vocabulary: Vocabulary;
  /** 1 while the row is current; 0 once a newer segment holds its day. */
  readonly alive: Uint8Array;
  liveCount: number;
  /** Days retired so far: stored with the segment, so a restored index retires them again. */
  readonly retired = new Set<string>();

  constructor(readonly data: Segment, retired: Iterable<string> = []) {
    this.vocabulary = new Vocabulary(data);
    this.alive = new Uint8Array(data.ids.length).fill(1);
    this.liveCount = data.ids.length;
    this.retireDays(new Set(retired));
  }

  private positions: Uint16Array | undefined;

  /**
   * Row `doc`'s position within its day (segments are built day by day, in each day row's
   * order, so a day's rows are contiguous). Used to find the page holding its abstract.
   */
  dayPosition(doc: number): number {
    if (!this.positions) {
      const { dates } = this.data;
      this.positions = new Uint16Array(dates.length);
      for (let i = 1; i < dates.length; i++) this.positions[i] = dates[i] === dates[i - 1] ? this.positions[i - 1]! + 1 : 0;
    }
    return this.positions[doc]!;
  }

  /** Retires every row of the given days (they are being re-indexed elsewhere). */
  retireDays(dates: ReadonlySet<string>): void {
    for (const date of dates) this.retired.add(date);
    const { dates: rows } = this.data;
    for (let doc = 0; doc < rows.length; doc++) {
      if (this.alive[doc] && dates.has(rows[doc]!)) {
        this.alive[doc] = 0;
        this.liveCount--;
      }
    }
  }

  /** Days this segment still holds rows for. */
  liveDates(): Set<string> {
    const out = new Set<string>();
    this.data.dates.forEach((date, doc) => this.alive[doc] && out.add(date));
    return out;
  }
}
