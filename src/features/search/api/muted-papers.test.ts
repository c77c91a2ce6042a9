import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { makeMute } from '../../../domain/follow/follow-types.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { MutedPapers } from './muted-papers.ts';

beforeEach(async () => {
  await resetDbForTests();
  await upsertPapers([
    makePaper({ id: 'p1', date: '2025-10-01', title: 'Agents that plan', authors: ['Ada Lovelace'] }),
    makePaper({ id: 'p2', date: '2025-10-02', title: 'Tiny LLM tricks', abstract: 'A small model.', authors: ['Alan Turing'] }),
    makePaper({ id: 'p3', date: '2025-10-02', title: 'Robots', abstract: 'No language here.', authors: ['Grace Hopper'], keywords: ['llm'] }),
  ]);
});

describe('MutedPapers', () => {
  it('finds the stored papers the mute rule hides: authors, organizations and words in title, abstract or keywords', async () => {
    const muted = new MutedPapers();
    expect(await muted.idsFor([])).toBeUndefined();
    expect([...(await muted.idsFor([makeMute('author', 'Ada Lovelace', 1)]))!]).toEqual(['p1']);
    expect([...(await muted.idsFor([makeMute('word', 'LLM', 1)]))!].sort()).toEqual(['p2', 'p3']);
  });

  it('re-reads only the days an import changed', async () => {
    const muted = new MutedPapers();
    const mutes = [makeMute('word', 'agents', 1)];
    expect([...(await muted.idsFor(mutes))!]).toEqual(['p1']);
    await upsertPapers([makePaper({ id: 'p4', date: '2025-10-03', title: 'More agents' })]);
    // Not announced yet: the cached answer stands.
    expect([...(await muted.idsFor(mutes))!]).toEqual(['p1']);
    muted.forget(['2025-10-03']);
    expect([...(await muted.idsFor(mutes))!].sort()).toEqual(['p1', 'p4']);
  });
});
