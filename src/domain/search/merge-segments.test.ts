import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { buildSegment } from './build-segment.ts';
import { LiveSegment } from './live-segment.ts';
import { mergeSegments } from './merge-segments.ts';
import { SearchIndex } from './search-index.ts';

const words = ['gaussian', 'splatting', 'diffusion', 'video', 'MapTask', 'vision-language', 'poisoning', 'kernel', 'LLMs', 'tulips'];
const paper = (i: number, date: string) =>
  makePaper({
    id: `2510.${String(10000 + i)}`,
    date,
    upvotes: i % 17,
    title: `${words[i % words.length]} ${words[(i * 3) % words.length]} study ${i}`,
    abstract: `We study ${words[(i * 7) % words.length]} and ${words[(i * 5) % words.length]} with ${words[i % 4]} models.`,
    authors: [`Author ${i % 5}`, `Other ${i % 3}`],
  });
const older = [paper(1, '2025-09-01'), paper(2, '2025-09-01'), paper(3, '2025-09-02')];
const newer = [paper(4, '2025-10-01'), paper(5, '2025-10-02'), paper(6, '2025-10-02'), paper(7, '2025-10-03')];

describe('mergeSegments', () => {
  it('equals a build over the same papers in the same order', () => {
    const merged = mergeSegments([new LiveSegment(buildSegment(older)), new LiveSegment(buildSegment(newer))]);
    expect(merged).toEqual(buildSegment([...older, ...newer]));
  });

  it('drops retired rows, and terms only they held', () => {
    const first = new LiveSegment(buildSegment([...older, paper(8, '2025-10-02')]));
    first.retireDays(new Set(['2025-10-02']));
    const merged = mergeSegments([first, new LiveSegment(buildSegment(newer))]);
    expect(merged).toEqual(buildSegment([...older, ...newer]));
  });

  it('a compacted index finds the same papers as the fragmented one', () => {
    const index = SearchIndex.build(older);
    index.replaceDays(new Set(['2025-10-01', '2025-10-02', '2025-10-03']), newer);
    index.replaceDays(new Set(['2025-09-02']), [{ ...older[2]!, title: 'Renamed tulips paper' }]);
    expect(index.live.length).toBe(3);
    const compact = index.compacted();
    expect(compact.live.length).toBe(1);
    expect(compact.size).toBe(index.size);
    const ids = (i: SearchIndex, q: string) => i.search(q, { filters: {}, sort: 'relevance' }).hits.map((h) => i.live[h.segment]!.data.ids[h.doc]).sort();
    expect(ids(compact, 'renamed tulips')).toContain('2510.10003');
    for (const q of ['tulips', 'gaussian video', 'maptask', 'vision language', 'study 3']) expect(ids(compact, q)).toEqual(ids(index, q));
    expect(new SearchIndex(compact.stored).size).toBe(index.size);
  });
});
