import { render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { markRead } from '../../../db/read-state-repo.ts';
import { LibraryMarksProvider } from '../../../hooks/library-marks.tsx';
import { DayUnreadCount } from './unread-count.tsx';

beforeEach(resetDbForTests);

it("counts a day's unread papers from the list's marks, and follows read changes", async () => {
  await markRead('a');
  render(
    <LibraryMarksProvider>
      <p>
        Friday
        <DayUnreadCount paperIds={['a', 'b', 'c']} />
      </p>
    </LibraryMarksProvider>,
  );
  expect(await screen.findByText('· 2 unread')).toBeInTheDocument();
  await markRead('b');
  await markRead('c');
  expect(await screen.findByText('· all read')).toBeInTheDocument();
});
