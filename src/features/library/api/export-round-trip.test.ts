import { BibLatexParser, parseRIS } from 'biblatex-csl-converter';
import { beforeAll, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { storeReferenceImport } from '../../../db/library-items-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { citableFromPaper } from '../../../domain/library/citable.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { readRealPapers } from '../../../testing/real-papers.ts';
import { hasSharedCorpus, SHARED_CORPUS_SUITE } from '../../../testing/shared-corpus.ts';
import { exportFile } from './library-files.ts';
import { worksInScope } from './works-in-scope.ts';

// The exports are read back by biblatex-csl-converter (Fidus Writer's BibLaTeX, BibTeX and
// RIS reader), a parser that shares no code with what writes them (our BibTeX writer,
// citation.js's RIS mapping) nor with what imports them (@retorquere/bibtex-parser, citation.js).

type RichText = { text?: string }[] | string | undefined;
type Name = { family?: RichText; given?: RichText; prefix?: RichText; suffix?: RichText; literal?: RichText };
type Parsed = { entry_key: string; fields: Record<string, unknown> };

const plain = (rich: RichText) => (typeof rich === 'string' ? rich : (rich ?? []).map((node) => node.text ?? '').join(''));
const tidy = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const nameOf = (name: Name) => tidy(name.literal ? plain(name.literal) : [name.given, name.prefix, name.family, name.suffix].map(plain).filter(Boolean).join(' '));
const arxivIdOf = (fields: Record<string, unknown>) =>
  (fields.eprint as string | undefined) ?? /^10\.48550\/arXiv\.(.+)$/i.exec((fields.doi as string | undefined) ?? '')?.[1] ?? /arxiv\.org\/abs\/(.+)$/.exec((fields.url as string | undefined) ?? '')?.[1];

/** What an independent reader found that differs from the corpus paper, if anything. */
function mismatch(entry: Parsed, paper: Paper): string | undefined {
  const { fields } = entry;
  const found = {
    title: tidy(plain(fields.title as RichText)),
    authors: ((fields.author as Name[] | undefined) ?? []).map(nameOf),
    year: String(fields.date ?? '').slice(0, 4),
    arxivId: arxivIdOf(fields),
  };
  const expected = { title: tidy(paper.title), authors: paper.authors.map(tidy), year: String(citableFromPaper(paper).issued![0]), arxivId: paper.id };
  return JSON.stringify(found) === JSON.stringify(expected) ? undefined : `${paper.id}: read ${JSON.stringify(found).slice(0, 300)}`;
}

const entriesOf = (result: { entries: Record<string, Parsed> | Parsed[] }) => Object.values(result.entries);
const NO_LIBRARY = { bookmarks: [], collections: [], notes: [], reads: [] };
const readBibtex = (text: string) => entriesOf(new BibLatexParser(text, { processUnexpected: true, processUnknown: true }).parse() as never);

describe('exports read back by an independent parser: TeX specials and accents', () => {
  const hostile = [
    makePaper({ id: '2510.00001', title: 'Sets {A} and {B}: 100% recall & $O(n^2)$ cost for #tags_x ~ ^ a <think> b', authors: ['José Müller-Lüdenscheidt', 'Zoë Çelik', 'Benoît Sagot', 'Pål Halvorsen', 'Piȩkos Piotr'] }),
    makePaper({ id: '2510.00002', title: '^RFLAV: Façade: naïve café œuvres', authors: ['Łukasz Ørsted', 'Nguyễn Văn An', '李 小龙', 'Ïsa Ìbañez', 'Marin Soljačić'] }),
  ];

  it.each(['bibtex', 'ris'] as const)('%s: titles, authors, years and arXiv ids come back as written', async (kind) => {
    const file = await exportFile(kind, hostile.map(citableFromPaper), NO_LIBRARY, undefined, new Date());
    const entries = kind === 'bibtex' ? readBibtex(file.text) : entriesOf(parseRIS(file.text) as never);
    expect(entries.map((entry, i) => mismatch(entry, hostile[i]!))).toEqual([undefined, undefined]);
  });
});

describe.skipIf(!hasSharedCorpus)(`library export read back by an independent parser: every paper of the ${SHARED_CORPUS_SUITE}`, () => {
  let papers: Paper[];
  let order: Paper[];

  beforeAll(async () => {
    await resetDbForTests();
    papers = readRealPapers();
    // Every corpus paper bookmarked, as the library page stores them.
    const stored = await storeReferenceImport(papers, [], { kind: 'new', name: 'Everything' });
    expect(stored).toMatchObject({ bookmarked: papers.length });
    const byId = new Map(papers.map((p) => [p.id, p]));
    order = (await worksInScope(undefined, new Set())).map((work) => byId.get(work.arxivId!)!);
  }, 300_000);

  it('BibTeX: title, authors, year and arXiv id of all papers; keys unchanged on a second export', async () => {
    expect(order).toHaveLength(5100);
    const first = await exportFile('bibtex', await worksInScope(undefined, new Set()), NO_LIBRARY, undefined, new Date());
    const parsed = new BibLatexParser(first.text, { processUnexpected: true, processUnknown: true }).parse();
    expect(parsed.errors).toEqual([]);
    const entries = readBibtex(first.text);
    expect(entries).toHaveLength(order.length);
    const wrong = entries.flatMap((entry, i) => mismatch(entry, order[i]!) ?? []);
    expect({ count: wrong.length, first: wrong.slice(0, 5) }).toEqual({ count: 0, first: [] });
    const keys = entries.map((e) => e.entry_key);
    expect(new Set(keys).size).toBe(keys.length);
    const second = await exportFile('bibtex', await worksInScope(undefined, new Set()), NO_LIBRARY, undefined, new Date());
    expect(readBibtex(second.text).map((e) => e.entry_key)).toEqual(keys);
  }, 600_000);

  it('RIS: title, authors, year and arXiv id of all papers; IDs unchanged on a second export', async () => {
    const first = await exportFile('ris', await worksInScope(undefined, new Set()), NO_LIBRARY, undefined, new Date());
    const parsed = parseRIS(first.text);
    expect(parsed.errors).toEqual([]);
    const entries = entriesOf(parsed as never);
    expect(entries).toHaveLength(order.length);
    const wrong = entries.flatMap((entry, i) => mismatch(entry, order[i]!) ?? []);
    expect({ count: wrong.length, first: wrong.slice(0, 5) }).toEqual({ count: 0, first: [] });
    // The reader names records itself; the IDs (our citation keys) are the file's ID lines.
    const ids = (text: string) => [...text.matchAll(/^ID {2}- (.*)$/gm)].map((m) => m[1]);
    const bibKeys = readBibtex((await exportFile('bibtex', await worksInScope(undefined, new Set()), NO_LIBRARY, undefined, new Date())).text).map((e) => e.entry_key);
    expect(ids(first.text)).toEqual(bibKeys);
    const second = await exportFile('ris', await worksInScope(undefined, new Set()), NO_LIBRARY, undefined, new Date());
    expect(ids(second.text)).toEqual(ids(first.text));
  }, 600_000);
});
