import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { addFollow, listFollows, listMutes } from '../../../db/follow-repo.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { markRead } from '../../../db/read-state-repo.ts';
import { makeFollow } from '../../../domain/follow/follow-types.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { resetFollowClientForTests } from '../stores/follow-store.ts';
import { FollowingPage } from './following-page.tsx';

const ada = makeFollow('author', 'Ada Lovelace', 'Ada Lovelace', 1);
const search = makeFollow('search', 'q=diffusion', '“diffusion”', 2);

beforeEach(async () => {
  resetFollowClientForTests();
  await resetDbForTests();
  await upsertPapers([
    makePaper({ id: '2510.00001', date: '2025-10-01', title: 'Diffusion for all', authors: ['Ada Lovelace'] }),
    makePaper({ id: '2510.00002', date: '2025-10-02', title: 'Sparse things', authors: ['Ada Lovelace', 'Grace Hopper'] }),
    makePaper({ id: '2510.00003', date: '2025-10-02', title: 'Latent diffusion', authors: ['Alan Turing'] }),
  ]);
  await addFollow(ada);
  await addFollow(search);
});
afterEach(() => resetFollowClientForTests());

function renderPage() {
  render(
    <MemoryRouter>
      <FollowingPage />
    </MemoryRouter>,
  );
  return screen.getByRole('list', { name: 'Follows' });
}

/** jsdom's File has no text(): the browser's does. */
const file = (text: string, name: string) => Object.assign(new File([text], name, { type: 'text/x-opml' }), { text: async () => text });

const opml = (outlines: string) => `<?xml version="1.0"?><opml version="2.0"><head/><body>${outlines}</body></opml>`;

describe('the following page', () => {
  it('shows each follow with its unread count, live as papers are read', async () => {
    const list = renderPage();
    // The first counts wait for the service to read every stored day (slow on a loaded machine).
    expect(await within(list).findByLabelText('Ada Lovelace: 2 unread, 0 new', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(within(list).getByLabelText('“diffusion”: 2 unread, 0 new')).toBeInTheDocument();
    await markRead('2510.00001');
    expect(await within(list).findByLabelText('Ada Lovelace: 1 unread, 0 new')).toBeInTheDocument();
    expect(await within(list).findByLabelText('“diffusion”: 1 unread, 0 new')).toBeInTheDocument();
  });

  it('marks all of a follow read, and mutes hide papers from its count', async () => {
    const list = renderPage();
    await within(list).findByLabelText('Ada Lovelace: 2 unread, 0 new', undefined, { timeout: 15_000 });
    await userEvent.click(within(list).getByRole('button', { name: 'Mark all read: Ada Lovelace' }));
    expect(await within(list).findByLabelText('Ada Lovelace: 0 unread, 0 new')).toBeInTheDocument();
    expect(within(list).getByLabelText('“diffusion”: 1 unread, 0 new')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Mute a' }), 'author');
    await userEvent.type(screen.getByRole('textbox', { name: 'Author name, exactly as listed' }), 'Alan Turing');
    await userEvent.click(screen.getByRole('button', { name: 'Mute' }));
    expect(await within(list).findByLabelText('“diffusion”: 0 unread, 0 new')).toBeInTheDocument();
    expect(await listMutes()).toEqual([expect.objectContaining({ id: 'author:Alan Turing' })]);
  });

  it.each([
    ['not XML', '{"follows": []}', /^bad\.opml: This file is not XML \(line 1: .+\)\. Nothing was imported\.$/],
    ['10,000 outlines', opml('<outline text="a" htmlUrl="https://x/authors/a"/>'.repeat(10_000)), /^bad\.opml: This OPML file has 10,000 outlines; paperfeed imports at most 1,000 follows/],
    ['a javascript: URL', opml('<outline text="evil" htmlUrl="javascript:alert(1)"/>'), /^bad\.opml: Outline 1 \(“evil”\) has a htmlUrl that is not an http\(s\) link/],
    ['a search that no longer parses', opml('<outline text="old" htmlUrl="https://x/search?q=the+of"/>'), /^bad\.opml: Outline 1 \(“old”\) is a saved search that no longer parses: the query "the of" has no word to search for/],
  ])('refuses an OPML file with %s, says why, and changes nothing', async (_, text, message) => {
    renderPage();
    const before = await listFollows();
    await userEvent.upload(screen.getByLabelText('Import follows (OPML)'), file(text, 'bad.opml'));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(await listFollows()).toEqual(before);
  });

  it('imports good OPML, adding only new follows', async () => {
    renderPage();
    const text = opml('<outline text="Ada" htmlUrl="https://x/authors/Ada%20Lovelace"/><outline text="HF" htmlUrl="https://x/orgs/huggingface"/>');
    await userEvent.upload(screen.getByLabelText('Import follows (OPML)'), file(text, 'good.opml'));
    expect(await screen.findByText('Imported 1 follow; 1 already followed.')).toBeInTheDocument();
    expect((await listFollows()).map((f) => f.id)).toEqual([ada.id, search.id, 'org:huggingface']);
  });
});
