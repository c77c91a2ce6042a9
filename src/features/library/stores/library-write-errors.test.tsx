import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { readLibrary } from '../../../db/library-repo.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { QUOTA_MESSAGE } from '../../../db/storage-error.ts';
import { renderRoute } from '../../../testing/render-route.tsx';
import { injectQuotaError } from '../../../testing/inject-quota-error.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { useLibraryWriteErrors } from './library-write-errors.ts';

// Issue #16 item 14: with storage full, a library write reports its failure where the
// person acted (the button, or the paper whose key was pressed), and stores nothing.
const paper = makePaper({ id: '2510.00001', title: 'A paper', date: '2025-10-01' });

beforeEach(async () => {
  await resetDbForTests();
  useLibraryWriteErrors.setState({}, true);
  await upsertPapers([paper, makePaper({ id: '2510.00002', title: 'Another', date: '2025-10-01' })]);
});

async function withFullDisk(run: () => Promise<void>) {
  const before = await readLibrary();
  const restore = await injectQuotaError(getDb(), ['bookmarks', 'reads', 'notes', 'collections']);
  try {
    await run();
  } finally {
    await restore();
  }
  expect(await readLibrary()).toEqual(before);
}

describe('a library write with storage full', () => {
  it('a Bookmark click in the feed shows the message beside that paper, and stays off', async () => {
    const user = userEvent.setup();
    await renderRoute('/papers/date/2025-10-01');
    const card = await screen.findByRole('article', { name: 'A paper' });
    await withFullDisk(async () => {
      await user.click(within(card).getByRole('button', { name: 'Bookmark' }));
      expect(await within(card).findByRole('alert')).toHaveTextContent(QUOTA_MESSAGE);
      expect(within(card).getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'false');
      expect(within(screen.getByRole('article', { name: 'Another' })).queryByRole('alert')).toBeNull();
    });
  });

  it('the keys b and m on a paper page show it on that page', async () => {
    const user = userEvent.setup();
    await renderRoute('/papers/2510.00001');
    await screen.findByRole('heading', { level: 1, name: 'A paper' });
    // The paper page marks the paper read on opening; wait for it before the disk fills.
    await expect.poll(async () => !!(await getDb().reads.get(paper.id))).toBe(true);
    await withFullDisk(async () => {
      await user.keyboard('b');
      expect(await screen.findByRole('alert')).toHaveTextContent(QUOTA_MESSAGE);
      await user.keyboard('m');
      expect(await screen.findAllByRole('alert')).toHaveLength(2);
      for (const alert of screen.getAllByRole('alert')) expect(alert).toHaveTextContent(QUOTA_MESSAGE);
    });
    expect(screen.getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Read' })).toHaveAttribute('aria-pressed', 'true');
  });
});
