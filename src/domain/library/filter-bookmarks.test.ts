import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { filterBookmarks } from './filter-bookmarks.ts';

const a = { paperId: 'a', createdAt: 1, snapshot: makePaper({ id: 'a', title: 'Diffusion models', authors: ['Zoë Ng'] }), collectionIds: ['c'] };
const b = { paperId: 'b', createdAt: 2, snapshot: makePaper({ id: 'b', title: 'Graph transformers' }), collectionIds: [] };

describe('filterBookmarks', () => {
  it('lists newest first', () => {
    expect(filterBookmarks([a, b], { query: '', collectionId: '' }).map((x) => x.paperId)).toEqual(['b', 'a']);
  });
  it('filters by collection, words (accents ignored), notes and unread', () => {
    expect(filterBookmarks([a, b], { query: '', collectionId: 'c' }).map((x) => x.paperId)).toEqual(['a']);
    expect(filterBookmarks([a, b], { query: 'zoe diffusion', collectionId: '' }).map((x) => x.paperId)).toEqual(['a']);
    expect(filterBookmarks([a, b], { query: 'reread', collectionId: '' }, new Map([['b', 'Reread later']])).map((x) => x.paperId)).toEqual(['b']);
    expect(filterBookmarks([a, b], { query: '', collectionId: '', unreadOnly: true }, new Map(), new Set(['b'])).map((x) => x.paperId)).toEqual(['a']);
  });
});
