import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { changeCollectionMembership } from '../../../db/collection-membership-repo.ts';
import { createCollection } from '../../../db/library-repo.ts';
import { storeReferenceImport } from '../../../db/library-items-repo.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { useLibrarySelection } from '../stores/library-selection-store.ts';
import { LibraryPage } from './library-page.tsx';

const paper = makePaper({ id: '2510.00446', title: 'LongCodeZip: Compress Long Context for Code Language Models' });
const work = { id: 'doi:10.5555/attention', kind: 'paper-conference' as const, title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], issued: [2017] };

function renderLibrary() {
  const router = createMemoryRouter([{ path: '/library', element: <main><LibraryPage /></main> }], { initialEntries: ['/library'] });
  return render(<RouterProvider router={router} />);
}

async function stored() {
  const db = getDb();
  const names = new Map((await db.collections.toArray()).map((c) => [c.id, c.name]));
  const of = (ids: string[]) => ids.map((id) => names.get(id)).sort();
  return { paper: of((await db.bookmarks.get(paper.id))!.collectionIds), work: of((await db.libraryItems.get(work.id))!.collectionIds) };
}

describe('imported works and bookmarks in collections', () => {
  beforeEach(async () => {
    await resetDbForTests();
    useLibrarySelection.getState().clear();
    await storeReferenceImport([paper], [work], { kind: 'none' });
    await createCollection('Reading group');
    await createCollection('Thesis');
  });

  it('an imported work goes into a collection and out again with its own checkboxes', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const item = await screen.findByRole('article', { name: 'Attention Is All You Need' });
    await user.click(await within(item).findByRole('checkbox', { name: 'Thesis' }));
    await waitFor(async () => expect((await stored()).work).toEqual(['Thesis']));
    expect(await screen.findByText('(1)', { selector: '.collections__row .muted' })).toBeInTheDocument();
    await user.click(within(item).getByRole('checkbox', { name: 'Thesis' }));
    await waitFor(async () => expect((await stored()).work).toEqual([]));
  });

  it('the selection (a bookmark and an imported work) is added to a collection, moved to another, and removed', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(within(await screen.findByRole('article', { name: 'Attention Is All You Need' })).getByRole('checkbox', { name: /Select/ }));
    await user.click(within(screen.getByRole('article', { name: paper.title })).getByRole('checkbox', { name: /Select/ }));
    const panel = screen.getByRole('region', { name: 'Collections of the selection' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Collection for the 2 selected entries' }), 'Reading group');
    await user.click(within(panel).getByRole('button', { name: 'Add to “Reading group”' }));
    expect(await within(panel).findByText('Added to "Reading group" (2 entries changed).')).toBeInTheDocument();
    expect(await stored()).toEqual({ paper: ['Reading group'], work: ['Reading group'] });

    // Open the collection, then move both from it to Thesis.
    await user.click(screen.getByRole('button', { name: 'Reading group' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Reading group' })).toBeInTheDocument();
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Collection for the 2 selected entries' }), 'Thesis');
    await user.click(within(panel).getByRole('button', { name: 'Move from “Reading group” to “Thesis”' }));
    expect(await within(panel).findByText('Moved from "Reading group" to "Thesis" (2 entries changed).')).toBeInTheDocument();
    expect(await stored()).toEqual({ paper: ['Thesis'], work: ['Thesis'] });
    expect(await screen.findByText('No entry matches this filter.')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Remove from “Thesis”' }));
    expect(await within(panel).findByText('Removed from "Thesis" (2 entries changed).')).toBeInTheDocument();
    expect(await stored()).toEqual({ paper: [], work: [] });
  });

  it('a move into a collection deleted meanwhile changes nothing and says so', async () => {
    const [readingGroup, thesis] = (await getDb().collections.orderBy('name').toArray()).map((c) => c.id);
    await changeCollectionMembership({ paperIds: [paper.id], itemIds: [work.id] }, { join: readingGroup });
    await getDb().collections.delete(thesis!);
    const before = await stored();
    expect(await changeCollectionMembership({ paperIds: [paper.id], itemIds: [work.id] }, { leave: readingGroup, join: thesis })).toEqual({ ok: false, message: 'That collection no longer exists.' });
    expect(await stored()).toEqual(before);
  });
});
