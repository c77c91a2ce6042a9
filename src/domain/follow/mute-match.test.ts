import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { makeMute } from './follow-types.ts';
import { toFollowPaper } from './follow-paper.ts';
import { applyMutes, compileFollowPaperMutes, compileMutes } from './mute-match.ts';

const papers = [
  makePaper({ id: 'a', title: 'Scaling LLMs', authors: ['Ada Lovelace'] }),
  makePaper({ id: 'b', title: 'An LLM for café menus', authors: ['Alan Turing'], organization: { name: 'openai' } }),
  makePaper({ id: 'c', title: 'Robots', abstract: 'Reinforcement learning.', authors: ['Grace Hopper'] }),
];

describe('muting', () => {
  it('mutes nothing without mutes', () => {
    expect(compileMutes([])).toBeUndefined();
    expect(applyMutes(papers, undefined, false)).toEqual({ papers, hidden: 0 });
  });

  it('hides exact authors and organizations, and whole words case- and accent-blind', () => {
    const ids = (mutes: Parameters<typeof compileMutes>[0]) => applyMutes(papers, compileMutes(mutes), false).papers.map((p) => p.id);
    expect(ids([makeMute('author', 'Ada Lovelace', 0)])).toEqual(['b', 'c']);
    expect(ids([makeMute('author', 'ada lovelace', 0)])).toEqual(['a', 'b', 'c']);
    expect(ids([makeMute('org', 'openai', 0)])).toEqual(['a', 'c']);
    expect(ids([makeMute('word', 'llm', 0)])).toEqual(['a', 'c']);
    expect(ids([makeMute('word', 'CAFE', 0)])).toEqual(['a', 'c']);
    expect(ids([makeMute('word', 'reinforcement learning', 0)])).toEqual(['a', 'b']);
  });

  it('counts the hidden papers and shows them all when asked', () => {
    const test = compileMutes([makeMute('author', 'Grace Hopper', 0), makeMute('word', 'scaling', 0)]);
    expect(applyMutes(papers, test, false)).toMatchObject({ hidden: 2 });
    expect(applyMutes(papers, test, true)).toEqual({ papers, hidden: 2 });
  });

  it('is one rule: a paper and the follow worker’s form of it are muted alike', () => {
    const mutes = [makeMute('author', 'Ada Lovelace', 0), makeMute('word', 'café menus', 0), makeMute('org', 'deepmind', 0)];
    const onPaper = compileMutes(mutes)!;
    const onFollowPaper = compileFollowPaperMutes(mutes)!;
    for (const paper of papers) expect(onFollowPaper(toFollowPaper(paper))).toBe(onPaper(paper));
    expect(papers.map((p) => onPaper(p))).toEqual([true, true, false]);
  });
});
