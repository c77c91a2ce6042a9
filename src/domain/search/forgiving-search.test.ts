import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { SearchIndex } from './search-index.ts';
import type { QueryContext } from './run-query.ts';

// Issue #15: a paper found from a description, not only from its own words.
const relevance: QueryContext = { filters: {}, sort: 'relevance' };

const mapTask = makePaper({ title: 'Grounding in Dialogue', abstract: 'Speakers in the MapTask corpus believe they agree but refer to different landmarks.' });
const toolCalls = makePaper({ title: 'Closed-Loop Training Data for Tool Calls', abstract: 'We synthesise agent trajectories with verified tool calls.' });
const spaced = makePaper({ title: 'Route Following', abstract: 'A map task where one speaker guides another along a route.' });
const optimisation = makePaper({ title: 'Optimisation of Sparse Kernels', abstract: 'Behaviour of compilers when modelling memory.' });
const siglip = makePaper({ title: 'Scaling SigLIP Encoders', abstract: 'Vision-language pre-training with a sigmoid loss.' });
const both = makePaper({ title: 'Reward Models for Agents', abstract: 'Reward models that score agent plans.' });
const rewardOnly = makePaper({ title: 'Reward Shaping Revisited', abstract: 'Dense rewards for sparse tasks.' });
const plansOnly = makePaper({ title: 'Planning with Language', abstract: 'Plans written as text.' });
const papers = [mapTask, toolCalls, spaced, optimisation, siglip, both, rewardOnly, plansOnly];
const index = SearchIndex.build(papers);

function ids(query: string, context = relevance): string[] {
  return index.search(query, context).hits.map((h) => index.live[h.segment]!.data.ids[h.doc]!);
}

describe('forgiving search', () => {
  it('meets other forms of a word through its stem', () => {
    expect(ids('tool calling')[0]).toBe(toolCalls.id);
    expect(ids('synthesized trajectory')[0]).toBe(toolCalls.id);
  });

  it('keeps typo tolerance on other forms of the word', () => {
    expect(ids('tool callng')[0]).toBe(toolCalls.id);
  });

  it('finds a word written in camel case from its parts, and a split word from the whole', () => {
    expect(ids('map task')).toEqual(expect.arrayContaining([mapTask.id, spaced.id]));
    expect(ids('maptask')).toEqual(expect.arrayContaining([mapTask.id, spaced.id]));
    expect(ids('sig lip encoders')[0]).toBe(siglip.id);
  });

  it('meets hyphenated words written together or apart', () => {
    expect(ids('visionlanguage')).toEqual([siglip.id]);
    expect(ids('pretraining sigmoid')[0]).toBe(siglip.id);
    expect(ids('vision language')[0]).toBe(siglip.id);
  });

  it('meets British and American spellings', () => {
    expect(ids('optimization')).toEqual([optimisation.id]);
    expect(ids('behavior modeling')[0]).toBe(optimisation.id);
  });

  it('ranks a description that only partly matches, full matches first', () => {
    expect(ids('people think they agree but refer to different things in map task dialogue')[0]).toBe(mapTask.id);
    const outcome = index.search('reward plans', relevance);
    const found = outcome.hits.map((h) => index.live[h.segment]!.data.ids[h.doc]!);
    expect(found[0]).toBe(both.id);
    expect(found.slice(1).sort()).toEqual([plansOnly.id, rewardOnly.id].sort());
    expect(outcome.hits.map((h) => h.full)).toEqual([true, false, false]);
    expect(outcome.fullTotal).toBe(1);
    expect(outcome.total).toBe(3);
  });

  it('keeps full matches first under every sort', () => {
    for (const sort of ['upvotes', 'newest'] as const) expect(ids('reward plans', { ...relevance, sort })[0]).toBe(both.id);
  });

  it('keeps phrases exact: every phrase word must match', () => {
    expect(ids('"reward models" plans')).toEqual([both.id]);
  });
});
