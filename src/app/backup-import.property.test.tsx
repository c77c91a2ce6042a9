import { cleanup, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { VirtuosoMockContext } from 'react-virtuoso';
import { afterEach, describe, expect, it } from 'vitest';
import { RouteError } from '../components/error/route-error.tsx';
import { resetDbForTests } from '../db/database.ts';
import { importLibrary, saveNote, toggleBookmark } from '../db/library-repo.ts';
import { upsertPapers } from '../db/papers-repo.ts';
import { parseBackup } from '../domain/library/backup-format.ts';
import { ImportPage } from '../features/corpus/components/import-page.tsx';
import { AuthorPage } from '../features/feed/components/author-page.tsx';
import { FeedRoute } from '../features/feed/components/feed-view.tsx';
import { OrgPage } from '../features/feed/components/org-page.tsx';
import { SearchPage } from '../features/search/components/search-page.tsx';
import { resetSearchForTests } from '../features/search/stores/search-store.ts';
import { SettingsPage } from '../features/settings/components/settings-page.tsx';
import { makePaper } from '../testing/make-paper.ts';
import { AppSlots } from './app-slots.tsx';
import { PaperRoute } from './routes/paper-route.tsx';
import { LibraryPage } from '../features/library/components/library-page.tsx';

/**
 * Issue #16: any backup file, however hostile, either imports with a report or is refused
 * with a reason, and afterwards every page of the app renders (none falls to its error
 * boundary). Backups are generated from valid parts mixed with the values that broke the
 * app before: 1e308 and 9e15 timestamps, path ids, invisible titles, dates in year 9999,
 * snapshots of another paper, lone surrogates, and arbitrary JSON.
 */
const T0 = Date.UTC(2025, 0, 1);
const stored = makePaper({ id: '2510.00001', title: 'Stored paper', organization: { name: 'Org' }, authors: ['Ada Lovelace'] });

// Valid values far more often than hostile ones, so that many generated backups import
// and the pages are checked on what they hold, not only on refusals.
const timestamp = fc.oneof(
  { weight: 40, arbitrary: fc.integer({ min: T0, max: T0 + 20_000_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(1e308, 9e15, 8.64e15 + 1, -1, 0, Number.MAX_SAFE_INTEGER, 1.5) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.string(), fc.constant(null)) },
);
const arxivId = fc.tuple(fc.integer({ min: 2001, max: 2512 }), fc.integer({ min: 0, max: 99_999 })).map(([yymm, n]) => `${yymm}.${String(n).padStart(5, '0')}`);
const paperId = fc.oneof(
  { weight: 40, arbitrary: arxivId },
  { weight: 1, arbitrary: fc.constantFrom('2510.00001', 'a/../../etc/passwd', '', 'x.y', 'hep-th/9901001', 'hf-paper', '..', '\u200B') },
  { weight: 1, arbitrary: fc.string() },
);
const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { weight: 4, arbitrary: fc.constantFrom('Café', '\uD800 lone', '<script>alert(1)</script>', '$\\frac{1$', 'x\u202Egnp.exe') },
  { weight: 1, arbitrary: fc.constantFrom('\u200B\u200D\u2060', '', ' ', 'x'.repeat(1_100)) },
);
const date = fc.oneof(fc.constantFrom('2025-10-03', '9999-12-31', '0001-01-01', '2025-02-30', '2025-1-1', ''), fc.string());
const snapshotFor = (id: string) =>
  fc.record({
    id: fc.oneof({ weight: 30, arbitrary: fc.constant(id) }, { weight: 1, arbitrary: paperId }),
    title: fc.oneof({ weight: 10, arbitrary: fc.constant('A title') }, { weight: 1, arbitrary: text }),
    date: fc.oneof({ weight: 30, arbitrary: fc.constant('2025-10-03') }, { weight: 1, arbitrary: date }),
    authors: fc.oneof({ weight: 6, arbitrary: fc.constant(['Ada Lovelace']) }, { weight: 1, arbitrary: fc.array(text, { maxLength: 3 }) }),
    links: fc.oneof(fc.constant({}), fc.record({ arxiv: fc.constantFrom('https://arxiv.org/abs/1', 'https://arxiv.org/abs/2', 'javascript:alert(1)') })),
  }).map((overrides) => ({ ...makePaper(), ...overrides }));
const bookmark = paperId.chain((id) =>
  fc.record({ paperId: fc.constant(id), createdAt: timestamp, snapshot: snapshotFor(id), collectionIds: fc.array(fc.constantFrom('c1', 'c2', 'ghost'), { maxLength: 2 }) }),
);
const library = fc.record({
  bookmarks: fc.array(bookmark, { maxLength: 4 }),
  collections: fc.array(fc.record({ id: fc.constantFrom('c1', 'c2', 'c3'), name: text, createdAt: timestamp }), { maxLength: 3 }),
  notes: fc.array(fc.record({ paperId: fc.oneof(fc.constant(stored.id), paperId), text, updatedAt: timestamp }), { maxLength: 3 }),
  reads: fc.array(fc.record({ paperId, readAt: timestamp }), { maxLength: 3 }),
});
const backupText = fc.oneof(
  { weight: 12, arbitrary: fc.record({ format: fc.constant('paperfeed-library'), version: fc.oneof({ weight: 20, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(2, '1') }), exportedAt: fc.constant('2025-01-01T00:00:00.000Z') }).chain((head) => library.map((lib) => JSON.stringify({ ...head, ...lib }))) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string() },
);

/** The attacks that once broke the app, always tried first (fast-check `examples`), then random ones. */
const valid = (id: string) => ({ paperId: id, createdAt: T0, snapshot: { ...makePaper({ id }), title: 'Imported paper' }, collectionIds: [] });
const known = [
  { bookmarks: [{ ...valid('2510.00002'), createdAt: 1e308 }] },
  { reads: [{ paperId: '2510.00002', readAt: 1e308 }] },
  { notes: [{ paperId: stored.id, text: 'forged', updatedAt: 9e15 }] },
  { notes: [{ paperId: stored.id, text: 'other text \uD800', updatedAt: T0 + 5 }] },
  { bookmarks: [{ ...valid('2510.00002'), snapshot: { ...makePaper({ id: '2510.00003' }), title: 'Another paper' } }] },
  { bookmarks: [{ ...valid('2510.00002'), snapshot: { ...makePaper({ id: '2510.00002' }), date: '9999-12-31' } }] },
  { bookmarks: [{ ...valid('2510.00002'), snapshot: { ...makePaper({ id: '2510.00002' }), title: '\u200B\u202E', authors: ['\uD800 lone'] } }] },
  { bookmarks: [valid('a/../../etc/passwd')] },
  { collections: [{ id: 'c1', name: '\u200B\u3164', createdAt: T0 }] },
  { bookmarks: [valid('2510.00002'), valid('hep-th/9901001')], collections: [{ id: 'c1', name: 'Group \u202Eevil', createdAt: T0 }] },
].map((library) => [JSON.stringify({ format: 'paperfeed-library', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', bookmarks: [], collections: [], notes: [], reads: [], ...library })] as [string]);

const PAGES = ['/', '/library', `/papers/${stored.id}`, '/papers/2510.99999', '/search?q=title', '/settings', '/import', '/orgs/Org', '/authors/Ada%20Lovelace'];

async function renderEveryPage(extraPaths: string[]) {
  for (const path of [...PAGES, ...extraPaths]) {
    const router = createMemoryRouter(
      [
        { path: '/', element: <FeedRoute />, errorElement: <RouteError /> },
        { path: '/papers/:id', element: <PaperRoute />, errorElement: <RouteError /> },
        { path: '/library', element: <LibraryPage />, errorElement: <RouteError /> },
        { path: '/search', element: <SearchPage />, errorElement: <RouteError /> },
        { path: '/settings', element: <SettingsPage />, errorElement: <RouteError /> },
        { path: '/import', element: <ImportPage />, errorElement: <RouteError /> },
        { path: '/orgs/:name', element: <OrgPage />, errorElement: <RouteError /> },
        { path: '/authors/:name', element: <AuthorPage />, errorElement: <RouteError /> },
      ],
      { initialEntries: [path] },
    );
    render(
      <VirtuosoMockContext.Provider value={{ viewportHeight: 3000, itemHeight: 150 }}>
        <AppSlots>
          <RouterProvider router={router} />
        </AppSlots>
      </VirtuosoMockContext.Provider>,
    );
    // Every page has an h1 at once; it has read what it shows once no "Loading…" is left.
    // The error boundary's h1 is "Something went wrong".
    await screen.findByRole('heading', { level: 1 }, { timeout: 5_000 });
    await waitFor(() => expect(screen.queryByText(/^Loading|Looking for papers…/)).toBeNull(), { timeout: 5_000 });
    expect(screen.queryByRole('heading', { level: 1, name: 'Something went wrong' }), `${path} fell to its error boundary: ${document.body.textContent}`).toBeNull();
    expect(screen.queryByText(/could not be shown/), `${path} has a row it cannot show`).toBeNull();
    cleanup();
  }
}

afterEach(() => resetSearchForTests());

describe('any backup file (property)', () => {
  it('imports with a report or is refused with a reason, and every page renders afterwards', async () => {
    await fc.assert(
      fc.asyncProperty(backupText, async (body) => {
        await resetDbForTests();
        resetSearchForTests();
        await upsertPapers([stored]);
        await toggleBookmark(stored, T0);
        await saveNote(stored.id, 'My note', T0);
        const parsed = parseBackup(body);
        if (parsed.ok) {
          const result = await importLibrary(parsed.backup);
          expect(result.added.bookmarks + result.added.collections + result.added.notes + result.added.reads + result.merged).toBe(
            parsed.backup.bookmarks.length + parsed.backup.collections.length + parsed.backup.notes.length + parsed.backup.reads.length,
          );
        } else {
          expect(parsed.message).toMatch(/\S.*(Nothing was imported\.)$/);
        }
        const bookmarked = parsed.ok ? parsed.backup.bookmarks.map((b) => `/papers/${encodeURIComponent(b.paperId)}`) : [];
        await renderEveryPage(bookmarked.slice(0, 2));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 20), endOnFailure: true, examples: known },
    );
  }, 400_000);
});
