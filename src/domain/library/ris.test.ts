import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { readRealPapers } from '../../testing/real-papers.ts';
import { hasSharedCorpus, SHARED_CORPUS_SUITE } from '../../testing/shared-corpus.ts';
import { citableFromPaper } from './citable.ts';
import { parseRisFile } from './reference-import/parse-ris-file.ts';
import { citablesToRis } from './ris.ts';

describe('RIS export', () => {
  it('writes one record per work with ID, DOI, URL and the arXiv id', () => {
    const ris = citablesToRis([citableFromPaper(makePaper({ id: '2510.02314', title: 'EgoX', authors: ['Bo-Hsu Ke'], publishedAt: '2025-10-02T00:00:00Z' }))]);
    expect(ris).toMatch(/^TY {2}- /);
    expect(ris).toContain('TI  - EgoX');
    expect(ris).toContain('AU  - Ke, Bo-Hsu');
    expect(ris).toContain('DO  - 10.48550/arXiv.2510.02314');
    expect(ris).toContain('UR  - https://arxiv.org/abs/2510.02314');
    expect(ris).toContain('ID  - keEgoX2025');
    expect(ris.trimEnd().endsWith('ER  -')).toBe(true);
  });

  it('citation.js alone drops every field of a record whose TY it does not know (why the importer maps them to GEN)', () => {
    const record = 'TY  - PREPRINT\nTI  - A preprint\nAU  - Doe, Jane\nER  - ';
    expect(plugins.input.chain(record, { target: '@csl/list+object', generateGraph: false, forceType: '@ris/file' })).toEqual([{}]);
    expect(parseRisFile(record).references[0]!.work).toMatchObject({ title: 'A preprint', authors: ['Jane Doe'] });
  });
});

describe.skipIf(!hasSharedCorpus)(`RIS round trip over every paper of the ${SHARED_CORPUS_SUITE}`, () => {
  it('reads back title, authors, year and arXiv id of all 5,100 papers', () => {
    const papers = readRealPapers();
    const { references, problems } = parseRisFile(citablesToRis(papers.map(citableFromPaper)));
    expect(problems).toEqual([]);
    expect(references).toHaveLength(papers.length);
    const mismatches = references.flatMap((reference, i) => {
      const paper = papers[i]!;
      const work = reference.work;
      const same =
        work.title === paper.title.replace(/\s+/g, ' ').trim() &&
        JSON.stringify(work.authors) === JSON.stringify(paper.authors.map((a) => a.replace(/\s+/g, ' ').trim())) &&
        work.issued?.[0] === citableFromPaper(paper).issued![0] &&
        work.arxivId === paper.id;
      return same ? [] : [`${paper.id}: ${JSON.stringify({ title: work.title, authors: work.authors.slice(0, 3), arxivId: work.arxivId })}`];
    });
    expect({ count: mismatches.length, first: mismatches.slice(0, 5) }).toEqual({ count: 0, first: [] });
  }, 300_000);
});
