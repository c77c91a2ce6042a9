import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery } from './query-parser.ts';

describe('parseQuery', () => {
  it('keeps free words, normalised, without stopwords', () => {
    expect(parseQuery('Gaussian  Splatting of Écoles ').terms).toEqual(['gaussian', 'splatting', 'ecoles']);
  });

  it('treats the last word as a prefix while it is being typed', () => {
    expect(parseQuery('gaussian spl').prefix).toBe('spl');
    expect(parseQuery('gaussian spl ').prefix).toBeUndefined();
  });

  it('reads "exact phrases", also unclosed while typing', () => {
    expect(parseQuery('"density guided" attack').phrases).toEqual([['density', 'guided']]);
    expect(parseQuery('attack "density gui').phrases).toEqual([['density', 'gui']]);
  });

  it('reads -word as an exclusion, not a term', () => {
    const query = parseQuery('diffusion -video');
    expect(query.terms).toEqual(['diffusion']);
    expect(query.excluded).toEqual(['video']);
  });

  it('reads author: and org:, with or without quotes', () => {
    const query = parseQuery('author:"Yu-Lun Liu" org:nycu splatting');
    expect(query.authors).toEqual([['yu', 'lun', 'liu']]);
    expect(query.orgs).toEqual([['nycu']]);
    expect(query.terms).toEqual(['splatting']);
  });

  it('knows an empty query', () => {
    expect(isEmptyQuery(parseQuery('  the of -video '))).toBe(true);
    expect(isEmptyQuery(parseQuery('author:liu'))).toBe(false);
  });
});
