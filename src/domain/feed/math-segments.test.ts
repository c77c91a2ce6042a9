import { describe, expect, it } from 'vitest';
import { splitMath } from './math-segments.ts';

describe('splitMath', () => {
  it('splits inline and display math from text', () => {
    expect(splitMath('a $\\pi$ b $$x^2$$')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'math', tex: '\\pi', display: false, source: '$\\pi$' },
      { kind: 'text', text: ' b ' },
      { kind: 'math', tex: 'x^2', display: true, source: '$$x^2$$' },
    ]);
  });

  it('keeps unpaired and escaped dollars as text', () => {
    expect(splitMath('costs \\$5 and $3 more')).toEqual([{ kind: 'text', text: 'costs $5 and $3 more' }]);
  });

  it('leaves tags as text for the renderer to escape', () => {
    expect(splitMath('see <a href="x">here</a>')).toEqual([{ kind: 'text', text: 'see <a href="x">here</a>' }]);
  });
});
