import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { BACKUP_FORMAT, createBackup, parseBackup } from './backup-format.ts';
import type { LibraryData } from './library-types.ts';

const T0 = Date.UTC(2025, 0, 1);

function library(): LibraryData {
  const paper = makePaper({ id: '2510.00001' });
  return {
    bookmarks: [{ paperId: paper.id, createdAt: T0 + 10, snapshot: paper, collectionIds: ['c1'] }],
    collections: [{ id: 'c1', name: 'To read', createdAt: T0 + 5 }],
    notes: [{ paperId: paper.id, text: 'Great', updatedAt: T0 + 11 }],
    reads: [{ paperId: paper.id, readAt: T0 + 12 }],
  };
}

describe('parseBackup', () => {
  it('reads back what createBackup wrote', () => {
    const backup = createBackup(library(), new Date('2026-01-02T03:04:05Z'));
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed).toEqual({ ok: true, backup });
  });

  it('refuses a backup of another version, saying which', () => {
    const text = JSON.stringify({ ...createBackup(library(), new Date()), version: 2 });
    expect(parseBackup(text)).toEqual({
      ok: false,
      message: 'This backup has format version 2, written by a newer paperfeed; this one reads version 1. Update paperfeed, then import it again. Nothing was imported.',
    });
    expect(parseBackup(JSON.stringify({ format: BACKUP_FORMAT }))).toMatchObject({ ok: false, message: expect.stringContaining('unknown format version (none)') });
  });

  it('names the broken paper and the field', () => {
    const data = library();
    data.bookmarks.push({ ...data.bookmarks[0]!, paperId: '2510.00002', snapshot: { ...data.bookmarks[0]!.snapshot, title: '' } });
    const result = parseBackup(JSON.stringify(createBackup(data, new Date())));
    expect(result).toEqual({ ok: false, message: 'This backup is damaged: bookmark 2 (2510.00002): snapshot.title is empty. Nothing was imported.' });
  });

  it('holds every optional key to the same timestamp rule as bookmarks', () => {
    const work = { id: 'w1', kind: 'article', title: 'A work', authors: ['Ada Lovelace'] };
    const withTime = (t: number): Record<string, unknown> => ({
      signals: [{ paperId: '2510.00001', kind: 'more', createdAt: t }],
      follows: [{ id: 'author:Ada', kind: 'author', target: 'Ada', label: 'Ada', createdAt: t }],
      mutes: [{ id: 'word:x', kind: 'word', value: 'x', createdAt: t }],
      libraryItems: [{ id: 'w1', createdAt: t, work, collectionIds: [] }],
    });
    for (const [key, value] of Object.entries(withTime(T0))) {
      expect.soft(parseBackup(JSON.stringify({ ...createBackup(library(), new Date()), [key]: value })), key).toMatchObject({ ok: true });
    }
    for (const [key, value] of Object.entries(withTime(1e308))) {
      const result = parseBackup(JSON.stringify({ ...createBackup(library(), new Date()), [key]: value }));
      expect.soft(result, key).toMatchObject({ ok: false, message: expect.stringContaining('is in the future') });
    }
  });

  it('refuses files that are not backups', () => {
    expect(parseBackup('{"nope"')).toMatchObject({ ok: false, message: expect.stringMatching(/^This file is not valid JSON/) });
    expect(parseBackup('[]')).toMatchObject({ ok: false, message: expect.stringContaining('not a paperfeed library backup') });
  });
});
