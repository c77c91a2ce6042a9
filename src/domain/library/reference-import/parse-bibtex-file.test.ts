import { describe, expect, it } from 'vitest';
import { countBibtexEntries, parseBibtexFile } from './parse-bibtex-file.ts';

describe('finding BibTeX entries and their lines', () => {
  it('an @ inside a field is text, not an entry (a real title: "Pass@k Training")', () => {
    const bib = '@misc{a,\n  title = {Pass@k {Training} for Balancing},\n  note = {mail me@home(now)}\n}\n\n@misc{b, title = {Second}}\n';
    expect(countBibtexEntries(bib)).toBe(2);
    expect(parseBibtexFile(bib).references.map((r) => [r.label, r.line, r.work.title])).toEqual([
      ['a', 1, 'Pass@k Training for Balancing'],
      ['b', 6, 'Second'],
    ]);
  });

  it('an entry with an unclosed brace does not swallow the entries after it', () => {
    const bib = '@article{broken,\n  title = {Never closed\n}\n@article{after,\n  title = {After}\n}\n';
    expect(countBibtexEntries(bib)).toBe(2);
    const read = parseBibtexFile(bib);
    expect(read.problems.map((p) => [p.line, p.entry])).toEqual([[1, 'broken']]);
    expect(read.references.map((r) => [r.label, r.line])).toEqual([['after', 4]]);
  });
});
