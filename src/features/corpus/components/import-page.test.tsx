import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { resetFileImportStoreForTests } from '../stores/file-import-store.ts';
import { ImportPage } from './import-page.tsx';

const entry = (id: string, upvotes: unknown = 3) => ({
  paper: { id, title: `Paper ${id}`, summary: 'S', authors: [], upvotes, submittedOnDailyAt: '2025-10-03T08:00:00.000Z' },
});

beforeEach(async () => {
  await resetDbForTests();
  resetFileImportStoreForTests();
});

describe('the import page', () => {
  it('imports picked files and shows the report with each skipped entry', async () => {
    render(
      <MemoryRouter>
        <ImportPage />
      </MemoryRouter>,
    );
    const body = JSON.stringify([entry('2510.00001'), entry('2510.00002', 'lots'), entry('2510.00003')]);
    await userEvent.upload(screen.getByLabelText('Choose files'), new File([body], '2025-10-03.json', { type: 'application/json' }));

    // The first import loads the adapters (the XML one too) on demand: allow for that on a busy machine.
    const report = await screen.findByRole('region', { name: 'Import report' }, { timeout: 10_000 });
    expect(within(report).getByLabelText('New: 2')).toHaveTextContent('2');
    expect(within(report).getByLabelText('Skipped: 1')).toBeInTheDocument();
    const table = within(report).getByRole('table', { name: 'Skipped entries' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('2025-10-03.json1 (2510.00002)paper.upvotesmust be number');
    expect(within(report).getByRole('link', { name: '2025-10-03' })).toHaveAttribute('href', '/papers/date/2025-10-03');
  });

  it('says when a file held no papers', async () => {
    render(
      <MemoryRouter>
        <ImportPage />
      </MemoryRouter>,
    );
    await userEvent.upload(screen.getByLabelText('Choose files'), new File(['[]'], 'empty.json', { type: 'application/json' }));

    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByLabelText('New: 0')).toBeInTheDocument();
    expect(within(report).getByRole('note')).toHaveTextContent('empty.json held no papers: nothing was imported from it.');
  });

  it('has the live refresh setting, off by default', () => {
    render(
      <MemoryRouter>
        <ImportPage />
      </MemoryRouter>,
    );
    expect(screen.getByRole('checkbox', { name: 'Fetch new days from Hugging Face' })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Source address' })).toHaveValue('https://huggingface.co');
  });
});
