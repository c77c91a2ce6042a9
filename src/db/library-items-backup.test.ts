import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../domain/library/backup-format.ts';
import { makePaper } from '../testing/make-paper.ts';
import { getDb, resetDbForTests } from './database.ts';
import { importBackupWithItems, listLibraryItems } from './library-items-repo.ts';
import { createCollection, readLibrary } from './library-repo.ts';

const item = { id: 'doi:10.1038/nature14539', createdAt: 1_735_689_600_007, work: { id: 'doi:10.1038/nature14539', kind: 'article' as const, title: 'Deep learning', authors: ['Yann LeCun'], issued: [2015], doi: '10.1038/nature14539', container: 'Nature' }, collectionIds: ['theirs'] };

describe('library items in the backup (optional key libraryItems)', () => {
  beforeEach(() => resetDbForTests());

  it('round-trips through a backup into another library, joining a collection of the same name', async () => {
    const paper = makePaper();
    const backup = createBackup(
      { bookmarks: [{ paperId: paper.id, createdAt: 1_735_689_600_000, snapshot: paper, collectionIds: ['theirs'] }], collections: [{ id: 'theirs', name: 'Reading', createdAt: 1_735_689_600_000 }], notes: [], reads: [], libraryItems: [item] },
      new Date('2026-01-01T00:00:00Z'),
    );
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const mine = await createCollection('reading');
    if (!mine.ok) throw new Error(mine.message);
    const result = await importBackupWithItems(parsed.backup);
    expect(result.items).toBe(1);
    expect(await listLibraryItems()).toEqual([{ ...item, collectionIds: [mine.id] }]);
    expect((await readLibrary()).bookmarks[0]!.collectionIds).toEqual([mine.id]);
  });

  it('a backup without the key (older paperfeed) still imports', async () => {
    const paper = makePaper();
    const old = JSON.stringify({ format: 'paperfeed-library', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', bookmarks: [{ paperId: paper.id, createdAt: 1_735_689_600_000, snapshot: paper, collectionIds: [] }], collections: [], notes: [], reads: [] });
    const parsed = parseBackup(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await importBackupWithItems(parsed.backup)).toMatchObject({ items: 0, added: { bookmarks: 1 } });
    expect(await getDb().libraryItems.count()).toBe(0);
  });

  it('a damaged item is refused with its place named, and nothing is imported', () => {
    const backup = createBackup({ bookmarks: [], collections: [], notes: [], reads: [], libraryItems: [{ ...item, work: { ...item.work, url: 'javascript:alert(1)' } }] }, new Date());
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: false, message: 'This backup is damaged: library item 1: work.url must be an http(s) URL. Nothing was imported.' });
  });
});
