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

  it('keeps prose between two stray dollars as text', () => {
    const text = 'test,\n$boldsymbol{inftyBench+}, and other public test sets including long survey generation, ExtAgents wins$.';
    expect(splitMath(text)).toEqual([{ kind: 'text', text }]);
    expect(splitMath('$\\mathcal{O}(n \\log n)$ time')[0]).toMatchObject({ kind: 'math' });
  });

  it('leaves tags as text for the renderer to escape', () => {
    expect(splitMath('see <a href="x">here</a>')).toEqual([{ kind: 'text', text: 'see <a href="x">here</a>' }]);
  });
});
