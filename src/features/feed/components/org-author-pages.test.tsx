import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { renderRoute } from '../../../testing/render-route.tsx';
import { makePaper } from '../../../testing/make-paper.ts';

beforeEach(async () => {
  await resetDbForTests();
  await upsertPapers([
    makePaper({ title: 'Old NYCU', date: '2025-10-01', organization: { name: 'NYCU', fullname: 'National Yang Ming Chiao Tung University' }, authors: ['Yu-Lun Liu'] }),
    makePaper({ title: 'New NYCU', date: '2025-10-03', organization: { name: 'NYCU', fullname: 'National Yang Ming Chiao Tung University' } }),
    makePaper({ title: 'Elsewhere', date: '2025-10-02', authors: ['Yu-Lun Liu', 'Someone'] }),
  ]);
});

describe('organization page', () => {
  it('lists its papers, newest first, under its full name', async () => {
    await renderRoute('/orgs/NYCU');
    expect(await screen.findByRole('heading', { level: 1, name: 'National Yang Ming Chiao Tung University' })).toBeInTheDocument();
    await screen.findByRole('article', { name: 'Old NYCU' });
    expect(screen.getAllByRole('article').map((a) => a.querySelector('h3')?.textContent)).toEqual(['New NYCU', 'Old NYCU']);
    expect(screen.getByRole('status')).toHaveTextContent('NYCU · 2 papers');
  });

  it('says when no paper comes from it', async () => {
    await renderRoute('/orgs/Nobody');
    expect(await screen.findByRole('heading', { name: 'Organization not found' })).toBeInTheDocument();
  });
});

describe('author page', () => {
  it('finds every paper of the author, newest first', async () => {
    await renderRoute('/authors/Yu-Lun%20Liu');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 papers'));
    // The list renders its rows a moment after the count: wait for them, not just the count.
    await waitFor(() => expect(screen.getAllByRole('article').map((a) => a.querySelector('h3')?.textContent)).toEqual(['Elsewhere', 'Old NYCU']));
  });

  it('says when the author has none', async () => {
    await renderRoute('/authors/Nobody');
    expect(await screen.findByText('No stored paper lists “Nobody” as an author.')).toBeInTheDocument();
  });
});
