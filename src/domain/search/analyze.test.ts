import { describe, expect, it } from 'vitest';
import { stemWord } from './analyze.ts';
// The term stream's rules, pinned on the reference build; build-segment.test.ts proves the
// app's build gives the very segments the reference does.
import { forEachTerm } from './build-segment.reference.ts';
import { spellingVariants } from './spelling-variants.ts';

/** The index terms of `text`, in order. */
function indexTerms(text: string): string[] {
  const out: string[] = [];
  forEachTerm(text, (term) => out.push(term));
  return out;
}

/** The stems of `text`'s index terms, in order. */
function textStems(text: string): string[] {
  const out: string[] = [];
  forEachTerm(text, (term) => out.push(stemWord(term)));
  return out;
}

describe('stemWord', () => {
  it('brings word forms to one stem (Porter2)', () => {
    expect(new Set(['calling', 'calls', 'called', 'call'].map(stemWord))).toEqual(new Set(['call']));
    expect(stemWord('modelling')).toBe(stemWord('modeling'));
    expect(stemWord('trained')).toBe(stemWord('training'));
  });

  it('drops the plural s of an acronym, which Porter2 leaves alone', () => {
    expect(stemWord('llms')).toBe('llm');
    expect(stemWord('vlms')).toBe(stemWord('vlm'));
    expect(stemWord('bias')).toBe('bias');
  });

  it('leaves words with digits or other scripts as they are', () => {
    expect(stemWord('qwen2')).toBe('qwen2');
    expect(stemWord('3d')).toBe('3d');
    expect(stemWord('模型')).toBe('模型');
  });
});

describe('indexTerms', () => {
  it('splits mixed-case words into their parts after the whole word', () => {
    expect(indexTerms('The MapTask corpus')).toEqual(['maptask', 'map', 'task', 'corpus']);
    expect(indexTerms('SigLIP')).toEqual(['siglip', 'sig', 'lip']);
    expect(indexTerms('BERTScore')).toEqual(['bertscore', 'bert', 'score']);
  });

  it('keeps a plural acronym whole', () => {
    expect(indexTerms('LLMs and VLMs')).toEqual(['llms', 'vlms']);
  });

  it('joins hyphenated words after their parts', () => {
    expect(indexTerms('vision-language models')).toEqual(['vision', 'language', 'visionlanguage', 'models']);
    expect(indexTerms('state-of-the-art')).toEqual(['state', 'art', 'stateoftheart']);
    expect(indexTerms('pre-training, then tuning')).toEqual(['pre', 'training', 'pretraining', 'tuning']);
  });

  it('drops stopwords and one-letter tokens, and normalises accents', () => {
    expect(indexTerms('A study of Gödel and the x axis')).toEqual(['study', 'godel', 'axis']);
  });
});

describe('textStems', () => {
  it('is the stems of the index terms, in order', () => {
    expect(textStems('Calling tools: MapTask dialogues')).toEqual(['call', 'tool', 'maptask', 'map', 'task', 'dialogu']);
  });
});

describe('spellingVariants', () => {
  it('gives the British or American spelling by the regular endings', () => {
    expect(spellingVariants('optimisation')).toContain('optimization');
    expect(spellingVariants('optimize')).toContain('optimise');
    expect(spellingVariants('modelling')).toContain('modeling');
    expect(spellingVariants('labeled')).toContain('labelled');
    expect(spellingVariants('behaviour')).toContain('behavior');
    expect(spellingVariants('color')).toContain('colour');
    expect(spellingVariants('centre')).toContain('center');
    expect(spellingVariants('dialogue')).toContain('dialog');
    expect(spellingVariants('defence')).toContain('defense');
    expect(spellingVariants('analyse')).toContain('analyze');
  });

  it('never returns the word itself, and nothing for short or non-letter words', () => {
    expect(spellingVariants('model')).not.toContain('model');
    expect(spellingVariants('ize')).toEqual([]);
    expect(spellingVariants('gpt4')).toEqual([]);
  });
});
