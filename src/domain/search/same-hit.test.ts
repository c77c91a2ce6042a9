import { describe, expect, it } from 'vitest';
import { sameHitView } from './same-hit.ts';
import type { SearchHitView } from './search-types.ts';

const hit: SearchHitView = {
  id: '2505.11594',
  date: '2025-05-21',
  upvotes: 12,
  title: 'SageAttention3',
  titleHighlights: [[0, 4]],
  authors: 'A. Author',
  org: 'lab',
  orgLabel: 'Lab',
  excerpt: 'attention in FP4',
  excerptHighlights: [[0, 9]],
  full: true,
};

describe('sameHitView', () => {
  it('takes a copy with the same content as the same (a new answer from the worker)', () => {
    expect(sameHitView(hit, structuredClone(hit))).toBe(true);
  });

  it('sees a changed highlight, excerpt, tier or vote count', () => {
    expect(sameHitView(hit, { ...hit, titleHighlights: [[0, 5]] })).toBe(false);
    expect(sameHitView(hit, { ...hit, excerptHighlights: [] })).toBe(false);
    expect(sameHitView(hit, { ...hit, excerpt: 'attention' })).toBe(false);
    expect(sameHitView(hit, { ...hit, full: false })).toBe(false);
    expect(sameHitView(hit, { ...hit, upvotes: 13 })).toBe(false);
  });
});
