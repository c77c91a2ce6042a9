import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { getNote, readLibrary, saveNote } from '../../../db/library-repo.ts';
import { createBackup } from '../../../domain/library/backup-format.ts';
import type { LibraryData } from '../../../domain/library/library-types.ts';
import { emptyLibrary } from '../../../testing/empty-library.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { LibraryPage } from './library-page.tsx';

/**
 * Hostile backups through the Library page's "Import backup" (issue #16, items 1 to 4),
 * and a page that still works when the database holds a row no view can show.
 */
const T0 = Date.UTC(2025, 0, 1);
const paper = makePaper({ id: '2510.00001', title: 'Kept paper' });

function backupFile(data: Partial<LibraryData>, name = 'backup.json'): File {
  return new File([JSON.stringify(createBackup({ ...emptyLibrary(), ...data }, new Date()))], name, { type: 'application/json' });
}

async function importBackup(file: File) {
  render(
    <MemoryRouter>
      <LibraryPage />
    </MemoryRouter>,
  );
  await userEvent.upload(await screen.findByLabelText('Import backup'), file);
}

beforeEach(resetDbForTests);

describe('item 1: a timestamp no date can hold', () => {
  it.each([
    ['a bookmark', { bookmarks: [{ paperId: paper.id, createdAt: 1e308, snapshot: paper, collectionIds: [] }] }, 'bookmark 1 (2510.00001): createdAt is in the future'],
    ['a read mark', { reads: [{ paperId: paper.id, readAt: 1e308 }] }, 'read mark 1 (2510.00001): readAt is in the future'],
    ['a note', { notes: [{ paperId: paper.id, text: 'n', updatedAt: 1e308 }] }, 'note 1 (2510.00001): updatedAt is in the future'],
  ])('refuses %s at 1e308, naming it, and stores nothing', async (_, data, where) => {
    await importBackup(backupFile(data));
    expect(await screen.findByRole('alert')).toHaveTextContent(`backup.json: This backup is damaged: ${where}. Nothing was imported.`);
    expect(await readLibrary()).toEqual({ ...emptyLibrary(), signals: [], follows: [], mutes: [] });
  });

  it('shows the other bookmarks and names the bad one when the database already holds one', async () => {
    await getDb().bookmarks.bulkPut([
      { paperId: paper.id, createdAt: T0, snapshot: paper, collectionIds: [] },
      { paperId: '2510.00002', createdAt: 1e308, snapshot: makePaper({ id: '2510.00002', title: 'Dated badly' }), collectionIds: [] },
      { paperId: '2510.00003', createdAt: T0 + 1, snapshot: { id: '2510.00003' } as never, collectionIds: [] },
    ]);
    render(
      <MemoryRouter>
        <LibraryPage />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('heading', { name: 'Kept paper' })).toBeInTheDocument();
    const badlyDated = screen.getByRole('article', { name: 'Dated badly' });
    expect(badlyDated).toHaveTextContent('Bookmarked (date unreadable)');
    expect(screen.getByRole('alert')).toHaveTextContent(/^The bookmark 2510\.00003 could not be shown: /);
    expect(screen.getByRole('button', { name: 'Export backup' })).toBeInTheDocument();
    expect(screen.getByLabelText('Import backup')).toBeInTheDocument();
  });
});

describe('item 2: a backup too big to import', () => {
  // The time it takes in Chromium is measured end to end (tests/e2e/hostile-input.e2e.ts).
  it('refuses 100,000 bookmarks up front with the reason, and stores nothing', async () => {
    const bookmarks = Array.from({ length: 100_000 }, (_, i) => {
      const id = `2510.${String(i).padStart(5, '0')}`;
      return { paperId: id, createdAt: T0 + i, snapshot: { ...paper, id }, collectionIds: [] };
    });
    await importBackup(backupFile({ bookmarks }, 'huge.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'huge.json: This backup holds 100,000 bookmarks; paperfeed imports at most 10,000 bookmarks from one backup. Nothing was imported.',
    );
    expect(await getDb().bookmarks.count()).toBe(0);
  }, 60_000);

  it('refuses a file over the size limit without reading it', async () => {
    const file = backupFile({});
    Object.defineProperty(file, 'size', { value: 60 * 1024 * 1024 });
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new Error('read')) });
    await importBackup(file);
    expect(await screen.findByRole('alert')).toHaveTextContent('backup.json: This file is 60.0 MB; a library backup can be at most 50.0 MB, so it was not read. Nothing was imported.');
  });
});

describe('item 3: a forged timestamp cannot overwrite a note', () => {
  it('keeps the person’s note and the imported one, and says so', async () => {
    await saveNote(paper.id, 'My own careful notes', T0);
    await importBackup(backupFile({ notes: [{ paperId: paper.id, text: 'Replaced!', updatedAt: Date.now() }] }));
    expect(await screen.findByText(/1 note differed from the one stored \(2510\.00001\): both versions were kept/)).toHaveAttribute('role', 'status');
    const note = await getNote(paper.id);
    expect(note?.text).toMatch(/^My own careful notes\n\n— Imported version of this note \(edited \d{4}-\d{2}-\d{2}\):\nReplaced!$/);
  });

  it('refuses the 9e15 timestamp that used to win', async () => {
    await saveNote(paper.id, 'Mine', T0);
    await importBackup(backupFile({ notes: [{ paperId: paper.id, text: 'Replaced!', updatedAt: 9e15 }] }));
    expect(await screen.findByRole('alert')).toHaveTextContent('note 1 (2510.00001): updatedAt is in the future');
    expect((await getNote(paper.id))?.text).toBe('Mine');
  });
});

describe('item 4: a snapshot of another paper', () => {
  it('refuses the backup, naming the bookmark and both ids', async () => {
    const other = makePaper({ id: '2510.09999', title: 'Someone else' });
    await importBackup(backupFile({ bookmarks: [{ paperId: paper.id, createdAt: T0, snapshot: other, collectionIds: [] }] }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This backup is damaged: bookmark 1 (2510.00001): snapshot.id is 2510.09999: the snapshot describes another paper than the bookmarked 2510.00001. Nothing was imported.',
    );
    expect(within(document.body).queryByText('Someone else')).toBeNull();
    expect(await getDb().bookmarks.count()).toBe(0);
  });
});
