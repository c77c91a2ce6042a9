import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { readRealPapers } from '../../testing/real-papers.ts';
import { hasSharedCorpus, SHARED_CORPUS_SUITE } from '../../testing/shared-corpus.ts';
import { citablesToBibtex, toBibtex } from './bibtex.ts';
import { citableFromPaper } from './citable.ts';
import { protectCase } from './protect-case.ts';
import { parseBibtexFile } from './reference-import/parse-bibtex-file.ts';

describe('BibTeX export as Better BibTeX writes it', () => {
  it('keys: family name lower-cased, three significant title words, year; a/b on clashes, whatever the order', () => {
    const papers = [
      makePaper({ id: '1706.03762', title: 'Attention Is All You Need', authors: ['Ashish Vaswani'] }),
      makePaper({ id: '2510.00011', title: 'Learning to rank, again', authors: ['Ann Smith'] }),
      makePaper({ id: '2510.00012', title: 'Learning to Rank Again!', authors: ['Ann Smith'] }),
    ];
    const keys = parse(toBibtex(papers)).entries.map((e) => e.key);
    expect(keys).toEqual(['vaswaniAttentionAllYou2017', 'smithLearningRankAgain2025a', 'smithLearningRankAgain2025b']);
    expect(parse(toBibtex([...papers].reverse())).entries.map((e) => e.key)).toEqual([...keys].reverse());
  });

  it('writes eprint, archivePrefix, doi and url', () => {
    const bib = toBibtex([makePaper({ id: '2510.02314', title: 'EgoX', authors: ['Bo-Hsu Ke'] })]);
    expect(bib).toContain('eprint = {2510.02314}');
    expect(bib).toContain('archivePrefix = {arXiv}');
    expect(bib).toContain('doi = {10.48550/arXiv.2510.02314}');
    expect(bib).toContain('url = {https://arxiv.org/abs/2510.02314}');
  });

  it('writes primaryClass where it is known', () => {
    const work = { ...citableFromPaper(makePaper({ id: '2510.02314' })), primaryClass: 'cs.CV' };
    expect(citablesToBibtex([work])).toContain('primaryClass = {cs.CV}');
  });

  it('protects acronyms, inner capitals and capitalised words, not the first plain word', () => {
    expect(protectCase('EgoX: Egocentric Video')).toBe('{EgoX: Egocentric Video}');
    expect(protectCase('DentalGPT for dental question answering')).toBe('{DentalGPT} for dental question answering');
    expect(protectCase('Robust 3D splatting via Density-Guided illusions')).toBe('Robust {3D} splatting via {Density-Guided} illusions');
    expect(protectCase('Drivers and Barriers of AI Adoption')).toBe('Drivers and {Barriers} of {AI Adoption}');
  });

  it('a sentence-casing reader keeps the protected capitals', () => {
    const [entry] = parse(toBibtex([makePaper({ title: 'EgoX and DentalGPT: Large Models' })]), { sentenceCase: {} }).entries;
    expect(entry!.fields.title).toContain('EgoX');
    expect(entry!.fields.title).toContain('DentalGPT');
  });
});

describe.skipIf(!hasSharedCorpus)(`BibTeX round trip through our own import over every paper of the ${SHARED_CORPUS_SUITE}`, () => {
  // The independent reader's check is in features/library/api/export-round-trip.test.ts.
  it('the import reads back title, authors, year and arXiv id of all 5,100 papers, with stable keys', () => {
    const papers = readRealPapers();
    expect(papers).toHaveLength(5100);
    const bib = toBibtex(papers);
    const { references, problems } = parseBibtexFile(bib);
    expect(problems).toEqual([]);
    expect(references).toHaveLength(papers.length);
    const tidy = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
    const mismatches = references.flatMap(({ work }, i) => {
      const paper = papers[i]!;
      const same =
        work.title === tidy(paper.title) &&
        JSON.stringify(work.authors) === JSON.stringify(paper.authors.map(tidy)) &&
        work.issued?.[0] === citableFromPaper(paper).issued![0] &&
        work.arxivId === paper.id;
      return same ? [] : [`${paper.id}: ${JSON.stringify({ title: work.title, authors: work.authors.slice(0, 3) })} vs ${JSON.stringify({ title: paper.title, authors: paper.authors.slice(0, 3) })}`];
    });
    expect({ count: mismatches.length, first: mismatches.slice(0, 5) }).toEqual({ count: 0, first: [] });
    const keys = references.map((r) => r.label);
    expect(parseBibtexFile(toBibtex(papers)).references.map((r) => r.label)).toEqual(keys);
    expect(new Set(keys).size).toBe(papers.length);
  }, 600_000);
});
