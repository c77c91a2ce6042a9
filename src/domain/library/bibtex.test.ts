import { parse, type Creator } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { toBibtex } from './bibtex.ts';
import { fromTex } from './reference-import/parse-bibtex-file.ts';

/** An author as the parser gives it back, in reading order, for comparison with the paper. */
function nameOf(creator: Creator): string {
  // The parser turns TeX accents into decomposed Unicode (e + U+0301): the same text as é.
  if (creator.name) return fromTex(creator.name);
  return fromTex([creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' '));
}

function parseBack(bib: string) {
  const library = parse(bib, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

describe('toBibtex, read back by an independent parser (@retorquere/bibtex-parser)', () => {
  const hostile = [
    makePaper({ id: '2510.00001', title: 'Sets {A} and {B}: 100% recall & $O(n^2)$ cost for #tags_x ~ ^ a\\b', authors: ['José Müller-Lüdenscheidt', 'Zoë Çelik'] }),
    makePaper({ id: '2510.00002', title: 'Façade: naïve café œuvres', authors: ['Jan van der Berg Jr.', 'Łukasz Ørsted', 'Nguyễn Văn An', '李 小龙', 'Smith, John', 'DeepMind'] }),
    makePaper({ id: '2510.00003', title: 'Unbalanced { brace and } % end', authors: ['Ada Lovelace'] }),
  ];

  it('gives back the same titles, authors and arXiv ids, special characters included', () => {
    const entries = parseBack(toBibtex(hostile));
    expect(entries).toHaveLength(3);
    entries.forEach((entry, i) => {
      const paper = hostile[i]!;
      expect(entry.type).toBe('misc');
      expect(fromTex(entry.fields.title ?? '')).toBe(paper.title);
      expect((entry.fields.author ?? []).map(nameOf)).toEqual(paper.authors);
      expect(entry.fields.eprint).toBe(paper.id);
      expect(entry.fields.archiveprefix).toBe('arXiv');
      expect(entry.fields.url).toBe(paper.links.arxiv);
    });
  });

  it('joins authors with "and" and escapes TeX specials in the raw text', () => {
    const bib = toBibtex([hostile[0]!]);
    expect(bib).toContain('author = {M{\\"u}ller-L{\\"u}denscheidt, Jos{\\\'e} and {\\c{C}}elik, Zo{\\"e}}');
    expect(bib).toContain('100\\% recall \\& {\\$O(n{\\^{}}2)\\$}');
    expect(bib).toContain('archivePrefix = {arXiv}');
  });

  it('gives every entry a unique key, the same whatever the order', () => {
    const twins = [
      makePaper({ id: '2510.00011', title: 'Learning to rank', authors: ['Ann Smith'] }),
      makePaper({ id: '2510.00012', title: 'Learning to fly', authors: ['Ann Smith'] }),
      makePaper({ id: '2510.00013', title: 'The Art', authors: ['Bob Jones'] }),
    ];
    const keys = parseBack(toBibtex(twins)).map((e) => e.key);
    expect(keys).toEqual(['smithLearningRank2025', 'smithLearningFly2025', 'jonesArt2025']);
    const reversed = parseBack(toBibtex([...twins].reverse())).map((e) => e.key);
    expect(reversed).toEqual([...keys].reverse());
  });

  it('writes one entry per paper even when a paper is listed twice', () => {
    const paper = makePaper();
    expect(parseBack(toBibtex([paper, paper]))).toHaveLength(1);
  });

  it('leaves eprint out for ids that are not arXiv ids', () => {
    const paper = makePaper({ id: 'hf-12', links: { huggingface: 'https://huggingface.co/papers/hf-12' } });
    const [entry] = parseBack(toBibtex([paper]));
    expect(entry!.fields.eprint).toBeUndefined();
    expect(entry!.fields.url).toBe('https://huggingface.co/papers/hf-12');
  });
});
