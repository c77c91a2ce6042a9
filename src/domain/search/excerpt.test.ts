import { describe, expect, it } from 'vitest';
import { containsPhrase, highlightRanges, makeExcerpt } from './excerpt.ts';

describe('highlighting', () => {
  it('marks matched tokens in the original text, accents and case included', () => {
    const text = 'Robust Gaussian Splatting — École';
    const ranges = highlightRanges(text, new Set(['gaussian', 'ecole']));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Gaussian', 'École']);
  });

  it('cuts the excerpt around the best match', () => {
    const abstract = `${'filler words here '.repeat(40)}the poisoning attack on splatting ${'tail text '.repeat(40)}`;
    const { text, highlights } = makeExcerpt(abstract, new Set(['poisoning', 'splatting']));
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(highlights.map(([s, e]) => text.slice(s, e))).toEqual(['poisoning', 'splatting']);
  });

  it('checks exact phrases across line breaks and punctuation', () => {
    expect(containsPhrase('density-\nguided illusions', ['density', 'guided'])).toBe(true);
    expect(containsPhrase('guided density', ['density', 'guided'])).toBe(false);
  });
});
