import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { emptyLibrary } from '../../testing/empty-library.ts';
import type { LibraryData } from './library-types.ts';
import { JOINED_NOTE_MARK } from './join-notes.ts';
import { mergeLibrary } from './merge-library.ts';

const paper = makePaper({ id: '2510.00001' });
const other = makePaper({ id: '2510.00002' });

describe('mergeLibrary', () => {
  it('into an empty library gives the incoming library', () => {
    const incoming: LibraryData = {
      bookmarks: [{ paperId: paper.id, createdAt: 1, snapshot: paper, collectionIds: ['c'] }],
      collections: [{ id: 'c', name: 'A', createdAt: 1 }],
      notes: [{ paperId: paper.id, text: 'n', updatedAt: 1 }],
      reads: [{ paperId: paper.id, readAt: 1 }],
    };
    const result = mergeLibrary(emptyLibrary(), incoming);
    expect(result.library).toEqual(incoming);
    expect(result.added).toEqual({ bookmarks: 1, collections: 1, notes: 1, reads: 1 });
  });

  it('merges a collection by name, keeps the current snapshot and joins collections', () => {
    const current: LibraryData = {
      ...emptyLibrary(),
      bookmarks: [{ paperId: paper.id, createdAt: 50, snapshot: paper, collectionIds: ['mine'] }],
      collections: [{ id: 'mine', name: 'Reading group', createdAt: 1 }, { id: 'x', name: 'Other', createdAt: 2 }],
    };
    const incoming: LibraryData = {
      ...emptyLibrary(),
      bookmarks: [{ paperId: paper.id, createdAt: 20, snapshot: { ...paper, title: 'Old title' }, collectionIds: ['theirs', 'x'] }],
      collections: [{ id: 'theirs', name: ' reading GROUP ', createdAt: 9 }],
    };
    const { library, added } = mergeLibrary(current, incoming);
    expect(library.collections).toHaveLength(2);
    expect(library.bookmarks).toEqual([{ paperId: paper.id, createdAt: 20, snapshot: paper, collectionIds: ['mine', 'x'] }]);
    expect(added).toEqual({ bookmarks: 0, collections: 0, notes: 0, reads: 0 });
  });

  it('keeps both texts of a note that differs, whatever the timestamps say, and drops collection ids nobody defines', () => {
    const current = { ...emptyLibrary(), notes: [{ paperId: paper.id, text: 'mine', updatedAt: 5 }] };
    const incoming: LibraryData = {
      ...emptyLibrary(),
      notes: [{ paperId: paper.id, text: 'forged', updatedAt: 9e15 }, { paperId: other.id, text: 'x', updatedAt: 1 }],
      bookmarks: [{ paperId: other.id, createdAt: 1, snapshot: other, collectionIds: ['ghost'] }],
    };
    const { library, notesJoined } = mergeLibrary(current, incoming);
    expect(library.notes.map((n) => n.text)).toEqual([`mine\n\n${JOINED_NOTE_MARK}:\nforged`, 'x']);
    expect(notesJoined).toEqual([paper.id]);
    expect(library.bookmarks[0]!.collectionIds).toEqual([]);
  });

  it('adds nothing for a note already held, and takes an edit that only added text', () => {
    const current = { ...emptyLibrary(), notes: [{ paperId: paper.id, text: 'Check the proofs. Also lemma 2.', updatedAt: 5 }, { paperId: other.id, text: 'Short', updatedAt: 5 }] };
    const incoming: LibraryData = {
      ...emptyLibrary(),
      notes: [{ paperId: paper.id, text: 'Check the proofs.', updatedAt: 9 }, { paperId: other.id, text: 'Short, then longer', updatedAt: 3 }],
    };
    const { library, notesJoined } = mergeLibrary(current, incoming);
    expect(library.notes.map((n) => n.text)).toEqual(['Check the proofs. Also lemma 2.', 'Short, then longer']);
    expect(notesJoined).toEqual([]);
  });

  it('folds 10,000 copies of the same entries into one each', () => {
    const copies = 10_000;
    const incoming: LibraryData = {
      bookmarks: Array.from({ length: copies }, (_, i) => ({ paperId: paper.id, createdAt: 100 + i, snapshot: paper, collectionIds: ['c'] })),
      collections: Array.from({ length: copies }, (_, i) => ({ id: `c${i === 0 ? '' : i}`, name: 'Same', createdAt: 1 })),
      notes: Array.from({ length: copies }, (_, i) => ({ paperId: paper.id, text: i % 2 ? 'odd' : 'even', updatedAt: i })),
      reads: Array.from({ length: copies }, () => ({ paperId: paper.id, readAt: 3 })),
    };
    const { library, added, merged } = mergeLibrary(emptyLibrary(), incoming);
    expect(library.bookmarks).toEqual([{ paperId: paper.id, createdAt: 100, snapshot: paper, collectionIds: ['c'] }]);
    expect(library.collections).toEqual([{ id: 'c', name: 'Same', createdAt: 1 }]);
    expect(library.notes).toEqual([{ paperId: paper.id, text: `even\n\n${JOINED_NOTE_MARK}:\nodd`, updatedAt: copies - 1 }]);
    expect(library.reads).toHaveLength(1);
    expect(added).toEqual({ bookmarks: 1, collections: 1, notes: 1, reads: 1 });
    expect(merged).toBe(4 * (copies - 1));
  });
});
