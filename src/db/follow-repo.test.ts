import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFollow, makeMute } from '../domain/follow/follow-types.ts';
import { createBackup, parseBackup } from '../domain/library/backup-format.ts';
import { SHIPPED_V1, SHIPPED_V2_ADDS } from '../testing/shipped-schema.ts';
import { makePaper } from '../testing/make-paper.ts';
import { PaperfeedDb, resetDbForTests } from './database.ts';
import { addFollow, addFollows, addMute, listFollows, listMutes, markFollowSeen, removeFollow } from './follow-repo.ts';
import { importLibrary, readLibrary, toggleBookmark } from './library-repo.ts';

beforeEach(() => resetDbForTests());

// Real moments: backups refuse timestamps before 1991-08-01 (timestamps.ts).
const T0 = Date.UTC(2025, 0, 1);
const ada = makeFollow('author', 'Ada Lovelace', 'Ada Lovelace', T0 + 1);
const hf = makeFollow('org', 'huggingface', 'Hugging Face', T0 + 2);

describe('follow repo', () => {
  it('adds a follow once, lists in creation order, removes', async () => {
    expect(await addFollow(hf)).toBe(true);
    expect(await addFollow(ada)).toBe(true);
    expect(await addFollow({ ...ada, label: 'again' })).toBe(false);
    expect((await listFollows()).map((f) => f.id)).toEqual([ada.id, hf.id]);
    await removeFollow(ada.id);
    expect((await listFollows()).map((f) => f.id)).toEqual([hf.id]);
  });

  it('moves "last seen" forward only', async () => {
    await addFollow(ada);
    await markFollowSeen(ada.id, '2025-10-02');
    await markFollowSeen(ada.id, '2025-10-01');
    expect((await listFollows())[0]!.seenNewestDay).toBe('2025-10-02');
  });

  it('adds only the new follows of an imported list', async () => {
    await addFollow(ada);
    expect(await addFollows([ada, hf])).toBe(1);
    expect(await listFollows()).toHaveLength(2);
  });

  it('puts follows and mutes in the backup, and a backup brings them back merged', async () => {
    await addFollow(ada);
    await addMute(makeMute('word', 'Crypto', T0 + 3));
    await toggleBookmark(makePaper({ id: '2510.00001' }));
    const text = JSON.stringify(createBackup(await readLibrary(), new Date(0)));
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.follows).toEqual([ada]);
    expect(parsed.backup.mutes).toEqual([{ id: 'word:crypto', kind: 'word', value: 'crypto', createdAt: T0 + 3 }]);
    await resetDbForTests();
    await addFollow(hf);
    const result = await importLibrary(parsed.backup);
    expect(result.added).toMatchObject({ bookmarks: 1, follows: 1, mutes: 1 });
    expect((await listFollows()).map((f) => f.id)).toEqual([ada.id, hf.id]);
    expect(await listMutes()).toHaveLength(1);
  });

  it('imports a backup written before follows existed, changing no follow', async () => {
    await addFollow(ada);
    const old = { format: 'paperfeed-library', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', bookmarks: [], collections: [], notes: [], reads: [{ paperId: '2510.00009', readAt: 1_735_689_600_000 }] };
    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.message);
    await importLibrary(parsed.backup);
    expect(await listFollows()).toEqual([ada]);
  });

  it('refuses a backup with a damaged follow, naming it', () => {
    const bad = { ...createBackup({ bookmarks: [], collections: [], notes: [], reads: [] }, new Date(0)), follows: [{ ...ada, kind: 'planet' }] };
    expect(parseBackup(JSON.stringify(bad))).toMatchObject({ ok: false, message: expect.stringMatching(/^This backup is damaged: follow 1: kind /) });
  });
});

describe('schema upgrade to follows (version 6)', () => {
  const NAME = 'paperfeed-follow-upgrade-test';
  afterEach(() => Dexie.delete(NAME));

  it('a database written by the schema before follows opens with its library intact and empty follow tables', async () => {
    // The schema as it stood before version 6 (versions 1 and 2): never change this copy.
    const old = new Dexie(NAME);
    old.version(1).stores(SHIPPED_V1);
    old.version(2).stores(SHIPPED_V2_ADDS);
    const paper = makePaper({ id: '2510.00042' });
    await old.table('bookmarks').add({ paperId: paper.id, createdAt: 2, snapshot: paper, collectionIds: [] });
    await old.table('notes').add({ paperId: paper.id, text: 'kept', updatedAt: 3 });
    await old.table('reads').add({ paperId: paper.id, readAt: 4 });
    await old.table('meta').add({ key: 'seenNewestDay', value: '2025-10-31' });
    old.close();

    const current = new PaperfeedDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(6);
    expect(await current.bookmarks.count()).toBe(1);
    expect(await current.notes.get(paper.id)).toEqual({ paperId: paper.id, text: 'kept', updatedAt: 3 });
    expect(await current.reads.count()).toBe(1);
    expect(await current.meta.get('seenNewestDay')).toEqual({ key: 'seenNewestDay', value: '2025-10-31' });
    expect(await current.follows.count()).toBe(0);
    await current.follows.add(ada);
    expect(await current.follows.where('kind').equals('author').count()).toBe(1);
    current.close();
  });
});
