import { describe, expect, it } from 'vitest';
import { findArxivId, normalizeDoi, normalizeTitle } from './find-arxiv-id.ts';
import { readReferenceFile } from './read-reference-file.ts';

const read = (name: string, text: string) => readReferenceFile(name, text.length, text);

describe('readReferenceFile', () => {
  it('reads CSL-JSON as Zotero exports it, with each item’s line', () => {
    const text = `[\n  {\n    "id": "http://zotero.org/users/1/items/ABC",\n    "type": "article",\n    "title": "EgoX",\n    "author": [{ "family": "Ke", "given": "Bo-Hsu" }, { "literal": "DeepMind" }],\n    "issued": { "date-parts": [["2025", 10, 2]] },\n    "number": "arXiv:2510.02314",\n    "publisher": "arXiv",\n    "DOI": "10.48550/arXiv.2510.02314"\n  },\n  { "id": "x", "type": "book", "title": "The Art", "author": [{ "family": "Knuth", "given": "Donald E." }], "issued": { "raw": "1997" } },\n  42\n]`;
    const result = read('zotero.json', text);
    expect(result).toMatchObject({ ok: true, format: 'csl-json' });
    if (!result.ok) return;
    expect(result.references.map((r) => [r.line, r.work.kind, r.work.title, r.work.authors, r.work.issued, r.work.arxivId])).toEqual([
      [2, 'preprint', 'EgoX', ['Bo-Hsu Ke', 'DeepMind'], [2025, 10, 2], '2510.02314'],
      [12, 'book', 'The Art', ['Donald E. Knuth'], [1997], undefined],
    ]);
    expect(result.problems).toEqual([{ line: 0, entry: 'item 3', reason: 'is not a CSL item (an object)' }]);
  });

  it('refuses JSON that is not CSL, and text that is no reference format', () => {
    expect(read('x.json', '{oops')).toMatchObject({ ok: false, message: expect.stringMatching(/^x\.json is not valid JSON/) });
    expect(read('notes.txt', 'just some words')).toEqual({ ok: false, message: 'notes.txt is not a BibTeX (.bib), RIS (.ris) or CSL-JSON (.json) file. Nothing was imported.' });
    expect(read('empty.bib', '% only a comment\n')).toEqual({ ok: false, message: 'empty.bib holds no BibTeX entries. Nothing was imported.' });
  });
});

describe('finding identifiers', () => {
  it('finds arXiv ids in eprints, URLs, the arXiv DOI and notes, without the version', () => {
    expect(findArxivId('2510.02314v2')).toBe('2510.02314');
    expect(findArxivId('https://arxiv.org/pdf/2510.02314v1')).toBe('2510.02314');
    expect(findArxivId('10.48550/arXiv.2510.02314')).toBe('2510.02314');
    expect(findArxivId('arXiv:hep-th/9901001 [hep-th]')).toBe('hep-th/9901001');
    expect(findArxivId('Published in Nature 2015')).toBeUndefined();
  });
  it('normalizes DOIs and titles for matching', () => {
    expect(normalizeDoi('https://doi.org/10.1038/NATURE14539.')).toBe('10.1038/nature14539');
    expect(normalizeTitle('{EgoX}: Égo-centric   video!')).toBe('egox ego centric video');
  });
});
