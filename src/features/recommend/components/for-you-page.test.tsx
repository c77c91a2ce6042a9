import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { toggleBookmark } from '../../../db/library-repo.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { setSignal } from '../../../db/signals-repo.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { ForYouPage } from './for-you-page.tsx';

const speech = ['speech synthesis codec', 'speech recognition codec', 'speech tokenizer codec', 'streaming speech synthesis', 'speech codec streaming', 'multilingual speech synthesis'];
const robots = ['robot grasping policy', 'robot arm grasping', 'robot manipulation policy', 'humanoid robot policy', 'robot grasping dataset', 'robot policy learning'];
const papers = [...speech.map((t, i) => ({ t, id: `2510.1000${i}` })), ...robots.map((t, i) => ({ t, id: `2510.2000${i}` }))].map(({ t, id }) =>
  makePaper({ id, title: t, abstract: `${t}.`, authors: [] }),
);

// The service runs on the page here (jsdom has no Worker), over fake-indexeddb: one
// service per test file, so one journey.
beforeAll(async () => {
  await resetDbForTests();
  await upsertPapers(papers);
});

describe('/for-you', () => {
  it('says what to do below three positives, then ranks the topic first, each pick with why', async () => {
    const router = createMemoryRouter([{ path: '/for-you', element: <ForYouPage /> }], { initialEntries: ['/for-you?all=1'] });
    render(<RouterProvider router={router} />);
    expect(await screen.findByText(/Not enough to go on yet/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 so far, 3 more are needed');

    for (const paper of papers.slice(0, 3)) await toggleBookmark(paper);
    await setSignal(papers[6]!.id, 'less');
    const ranked = await screen.findAllByRole('article', {}, { timeout: 10_000 });
    expect(ranked[0]).toHaveAttribute('data-rank', '1');
    expect(ranked[0]).toHaveAccessibleName(/speech/);
    expect(within(ranked[0]!).getByText(/Shares:/)).toBeInTheDocument();
    expect(within(ranked[0]!).getByText(/like:/)).toBeInTheDocument();
    // Saved papers and "less like this" are not offered again.
    const ids = ranked.map((a) => a.getAttribute('data-paper-id'));
    for (const paper of [...papers.slice(0, 3), papers[6]!]) expect(ids).not.toContain(paper.id);
    expect(ids.slice(0, 3).every((id) => id!.startsWith('2510.1'))).toBe(true);
    expect(screen.getByText(/The best \d+ of 8 unread papers/)).toBeInTheDocument();
  });
});
