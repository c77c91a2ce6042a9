import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../domain/library/backup-format.ts';
import { writeShippedLibrary } from '../testing/shipped-schema.ts';
import { makePaper } from '../testing/make-paper.ts';
import { PaperfeedDb, resetDbForTests } from './database.ts';
import { importLibrary, readLibrary, toggleBookmark } from './library-repo.ts';
import { readInterestInputs } from './recommend-repo.ts';
import { getSignal, listSignals, setSignal } from './signals-repo.ts';

beforeEach(resetDbForTests);

describe('signals', () => {
  it('keeps one signal per paper, the latest press winning, and clears it', async () => {
    await setSignal('2510.00001', 'more', 1);
    await setSignal('2510.00001', 'less', 2);
    expect(await getSignal('2510.00001')).toEqual({ paperId: '2510.00001', kind: 'less', createdAt: 2 });
    await setSignal('2510.00001', undefined);
    expect(await listSignals()).toEqual([]);
  });

  it('keeps a signal for a paper that is not in the corpus', async () => {
    await setSignal('gone.00001', 'more', 1);
    expect(await readInterestInputs()).toEqual({ saved: [], signals: [{ paperId: 'gone.00001', kind: 'more', createdAt: 1 }] });
  });

  it('go into the backup and come back from it into an empty profile', async () => {
    const paper = makePaper();
    // A real moment: backups refuse timestamps before 1991-08-01 (issue 16).
    await toggleBookmark(paper, 1_735_689_600_000);
    await setSignal('2510.00002', 'less', 1_735_689_600_007);
    const backup = createBackup(await readLibrary(), new Date(0));
    expect(backup.signals).toEqual([{ paperId: '2510.00002', kind: 'less', createdAt: 1_735_689_600_007 }]);
    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.message);
    await resetDbForTests();
    const result = await importLibrary(parsed.backup);
    expect(result.signalsAdded).toBe(1);
    expect(await listSignals()).toEqual([{ paperId: '2510.00002', kind: 'less', createdAt: 1_735_689_600_007 }]);
  });

  it('an older backup, without signals, still imports', async () => {
    const old = { format: 'paperfeed-library', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', bookmarks: [], collections: [], notes: [], reads: [] };
    const parsed = parseBackup(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect((await importLibrary(parsed.backup)).signalsAdded).toBe(0);
  });

  it('a damaged signal is refused, saying which', () => {
    const bad = { format: 'paperfeed-library', version: 1, exportedAt: '', bookmarks: [], collections: [], notes: [], reads: [], signals: [{ paperId: 'p1', kind: 'maybe', createdAt: 1 }] };
    const parsed = parseBackup(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/signal 1 \(p1\): kind/);
  });
});

const NAME = 'paperfeed-signals-upgrade-test';

describe('the upgrade adding signals', () => {
  afterEach(() => Dexie.delete(NAME));

  it('opens a version 2 database with its library intact and an empty signals table', async () => {
    const paper = makePaper();
    await writeShippedLibrary(NAME, paper, 2);

    const current = new PaperfeedDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(7);
    expect(await current.bookmarks.toArray()).toEqual([{ paperId: paper.id, createdAt: 2, snapshot: paper, collectionIds: ['c1'] }]);
    expect(await current.collections.count()).toBe(1);
    expect(await current.notes.count()).toBe(1);
    expect(await current.reads.count()).toBe(1);
    expect(await current.signals.count()).toBe(0);
    await current.signals.put({ paperId: paper.id, kind: 'more', createdAt: 5 });
    expect(await current.signals.count()).toBe(1);
    current.close();
  });
});
