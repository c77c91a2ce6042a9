import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { LibraryPage } from './library-page.tsx';

const fixture = join(import.meta.dirname, '../../../domain/library/reference-import/fixtures/zotero.bib');

function renderLibrary() {
  const router = createMemoryRouter([{ path: '/library', element: <main><LibraryPage /></main> }], { initialEntries: ['/library'] });
  return render(<RouterProvider router={router} />);
}

describe('importing references on the library page', () => {
  beforeEach(async () => {
    await resetDbForTests();
    // One corpus paper the fixture names by its arXiv DOI; the rest of the file matches nothing here.
    await upsertPapers([makePaper({ id: '2510.00446', title: 'LongCodeZip: Compress Long Context for Code Language Models' })]);
  });

  it('bookmarks the matched paper into a new collection, lists the others, and reports every skipped entry', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const panel = await screen.findByRole('region', { name: 'Import references' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Put them in' }), 'A new collection…');
    await user.type(within(panel).getByRole('textbox', { name: 'Name of the new collection' }), 'Thesis');
    await user.upload(within(panel).getByLabelText('Choose a .bib, .ris or .json file'), new File([readFileSync(fixture)], 'zotero.bib'));
    expect(await within(panel).findByText(/zotero\.bib \(BibTeX\): 1 matched \(1 newly bookmarked\), 5 not in the corpus, kept \(5 new\), 2 skipped\./, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(panel).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Line 67, untitledNote2024: has no title, and no arXiv id or DOI of a stored paper',
      'Line 73, cuiDuplicate2025: the same work as cuiSelfForcingMinuteScaleHighQuality2025 (line 23)',
    ]);
    expect(await screen.findByRole('article', { name: 'LongCodeZip: Compress Long Context for Code Language Models' })).toBeInTheDocument();
    const works = screen.getByRole('region', { name: 'Imported works not in the corpus (5)' });
    expect(within(works).getByRole('article', { name: 'Attention Is All You Need' })).toHaveTextContent('Advances in Neural Information Processing Systems');
    // Kept works are searchable like bookmarks.
    await user.type(screen.getByRole('searchbox', { name: 'Search the library' }), 'vaswani');
    expect(await screen.findByText('1 of 6 entries')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thesis' })).toBeInTheDocument();
  });
});
