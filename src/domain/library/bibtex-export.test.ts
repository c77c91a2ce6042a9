import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { readRealPapers } from '../../testing/real-papers.ts';
import { hasSharedCorpus, SHARED_CORPUS_SUITE } from '../../testing/shared-corpus.ts';
import { citablesToBibtex, toBibtex } from './bibtex.ts';
import { citableFromPaper } from './citable.ts';
import { protectCase } from './protect-case.ts';

/** An author as the parser gives it back, in reading order. */
const nameOf = (c: { name?: string; firstName?: string; prefix?: string; lastName?: string; suffix?: string }) =>
  (c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ')).normalize('NFC');

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

describe.skipIf(!hasSharedCorpus)(`BibTeX round trip over every paper of the ${SHARED_CORPUS_SUITE}`, () => {
  it('an independent parser reads back title, authors, year and arXiv id of all 5,100 papers, with stable keys', () => {
    const papers = readRealPapers();
    expect(papers).toHaveLength(5100);
    const bib = toBibtex(papers);
    const library = parse(bib, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(papers.length);
    const mismatches: string[] = [];
    library.entries.forEach((entry, i) => {
      const paper = papers[i]!;
      const work = citableFromPaper(paper);
      const same =
        (entry.fields.title ?? '').normalize('NFC') === paper.title.normalize('NFC').replace(/\s+/g, ' ').trim() &&
        JSON.stringify((entry.fields.author ?? []).map(nameOf)) === JSON.stringify(paper.authors.map((a) => a.normalize('NFC').replace(/\s+/g, ' ').trim())) &&
        entry.fields.year === String(work.issued![0]) &&
        entry.fields.eprint === paper.id;
      if (!same) mismatches.push(`${paper.id}: ${JSON.stringify({ title: entry.fields.title, authors: (entry.fields.author ?? []).slice(0, 3).map(nameOf) })} vs ${JSON.stringify({ title: paper.title, authors: paper.authors.slice(0, 3) })}`);
    });
    expect({ count: mismatches.length, first: mismatches.slice(0, 5) }).toEqual({ count: 0, first: [] });
    expect(toBibtex([...papers].reverse())).toBe(toBibtex([...papers].reverse()));
    const keysAgain = parse(toBibtex(papers), { sentenceCase: false }).entries.map((e) => e.key);
    expect(keysAgain).toEqual(library.entries.map((e) => e.key));
    expect(new Set(keysAgain).size).toBe(papers.length);
  }, 600_000);
});
