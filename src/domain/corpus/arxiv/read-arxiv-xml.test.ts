import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arxivApiDir, arxivOaiDir, arxivRssDir, hasArxivRecordings } from '../../../testing/shared-corpus.ts';
import { readCorpusFile } from '../read-corpus-file.ts';
import type { ArxivAdapted } from './arxiv-outcome.ts';

const read = (dir: string, name: string) => readCorpusFile(name, readFileSync(join(dir, name), 'utf8'));
const adapted = (dir: string, name: string): ArxivAdapted => {
  const outcome = read(dir, name);
  if (!outcome.ok) throw new Error(`${name} ${outcome.error.reason}`);
  return outcome.value as ArxivAdapted;
};

/** Each file's own count: `<entry>` / `<record>` / `<item>` elements as written. */
const ownCount = (text: string, element: string) => (text.match(new RegExp(`<${element}[\\s>]`, 'g')) ?? []).length;

describe.skipIf(!hasArxivRecordings)('recorded arXiv answers', () => {
  it.each([
    [arxivApiDir, 'entry'],
    [arxivOaiDir, 'record'],
    [arxivRssDir, 'item'],
  ])('every file in %s yields as many papers as it holds %ss (the error answer excepted)', (dir, element) => {
    const names = readdirSync(dir).filter((name) => name.endsWith('.xml'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      if (name.startsWith('arxivpy__id_abc_')) continue;
      const value = adapted(dir, name);
      const count = ownCount(readFileSync(join(dir, name), 'utf8'), element);
      expect({ name, papers: value.papers.length, records: value.records, issues: value.issues }).toEqual({ name, papers: count, records: count, issues: [] });
    }
  });

  it('reads the complete OAI harvest as 1,000 + 1,000 + 358 = 2,358 distinct papers, following the resumption tokens', () => {
    const pages = ['trobertson__request1.xml', 'trobertson__request2.xml', 'trobertson__request3.xml'].map((name) => adapted(arxivOaiDir, name));
    expect(pages.map((page) => page.papers.length)).toEqual([1000, 1000, 358]);
    expect(pages.map((page) => page.paging.resumptionToken)).toEqual(['6965856|1001', '6965856|2001', undefined]);
    expect(pages.map((page) => page.paging.completeListSize)).toEqual([2358, 2358, 2358]);
    expect(new Set(pages.flatMap((page) => page.papers.map((paper) => paper.id))).size).toBe(2358);
    const first = pages[0]!.papers[0]!;
    expect(first).toMatchObject({ id: '0912.0228', date: '2021-03-29', authors: ['Charles Sauerbier'], categories: ['cs.LO'] });
    // Numeric character references (Ren&#xe9;, Pawe&#x142;) are text, not left escaped.
    const authors = pages.flatMap((page) => page.papers.flatMap((paper) => paper.authors));
    expect(authors.filter((name) => /&#/.test(name))).toEqual([]);
    expect(authors).toContain('Alp Öktem');
    const days = new Set(pages.flatMap((page) => page.papers.map((paper) => paper.date)));
    expect([...days].sort()[0]).toBe('2021-03-22');
    expect([...days].sort().at(-1)).toBe('2021-03-30');
  });

  it('keeps the version apart from the id, and old-style ids whole', () => {
    const [astro] = adapted(arxivApiDir, 'arxivpy__id_astro-ph_0601001_s0_m100_3150dca9dc76.body.xml').papers;
    expect(astro).toMatchObject({ id: 'astro-ph/0601001', version: 1, links: { arxiv: 'https://arxiv.org/abs/astro-ph/0601001' } });
    const [quant] = adapted(arxivApiDir, 'arxivpy__id_quant-ph_0201082v1_s0_m100_86989fe779ef.body.xml').papers;
    expect(quant).toMatchObject({ id: 'quant-ph/0201082', version: 1 });
    const [old] = adapted(arxivApiDir, 'arxivpy2016__id_list-1111.2011v2.xml').papers;
    expect(old).toMatchObject({ id: '1111.2011', version: 2, doi: '10.1103/PhysRevB.85.115117', date: '2011-11-08' });
    expect(old!.journalRef).toMatch(/Phys\. Rev\. B 85/);
  });

  it('reads the current API format with primary category first, DOI and journal reference', () => {
    const { papers } = adapted(arxivApiDir, 'brevio__arxiv_cs_lg.xml');
    expect(papers[0]).toMatchObject({ id: '2604.26951', version: 1, date: '2026-04-29', categories: ['cs.CL', 'cs.AI', 'cs.LG'] });
    expect(papers.some((paper) => paper.doi) && papers.some((paper) => paper.journalRef)).toBe(true);
    expect(adapted(arxivApiDir, 'aiweeklyradar__arxiv_feed.xml').papers.every((paper) => paper.date === '2026-07-10')).toBe(true);
  });

  it('keeps a real title "0" as text', () => {
    expect(adapted(arxivApiDir, 'arxivpy__id_2104.12255v1_s0_m100_6ae69987ffe1.body.xml').papers[0]).toMatchObject({ id: '2104.12255', title: '0' });
  });

  it('reports the error answer as an error and zero results as an empty answer, never as papers', () => {
    const error = read(arxivApiDir, 'arxivpy__id_abc_s0_m100_b79c8dcf6bc3.body.xml');
    expect(error).toEqual({ ok: false, error: { file: 'arxivpy__id_abc_s0_m100_b79c8dcf6bc3.body.xml', reason: 'is an arXiv API error answer: "incorrect id format for abc" (no papers in it)' } });
    for (const name of ['arxivpy__id_0000.0000_s0_m100_8b51d9633a68.body.xml', 'arxivpy__id_0808.05394_s0_m100_7b0c7d0a7cdd.body.xml']) {
      const value = adapted(arxivApiDir, name);
      expect(value.papers).toEqual([]);
      expect(value.note).toMatch(/no results \(totalResults 0\)/);
    }
  });

  it('reads arXiv and arXivRaw metadata with authors, versions and cross-lists', () => {
    const [raw] = adapted(arxivOaiDir, 'litpuvn__ListRecords.xml').papers;
    expect(raw).toMatchObject({ id: '0803.4354', version: 6, date: '2016-10-21', authors: ['Moustapha Diaby'], categories: ['cs.DM'], publishedAt: '2008-03-30T23:26:50.000Z' });
    const [, rpv] = adapted(arxivOaiDir, 'hepcrawl-func__arxiv-physics-hep-ex.xml').papers;
    expect(rpv).toMatchObject({ id: '1706.09418', categories: ['hep-ph', 'hep-ex'], doi: '10.1140/epjc/s10052-017-5414-4', journalRef: 'Eur. Phys. J. C (2017) 77:856' });
    expect(rpv!.authors[0]).toBe('Daniel Dercks');
  });

  it('dates RSS items by the announcement day as arXiv writes it', () => {
    const { papers } = adapted(arxivRssDir, 'distill__arxiv_cs_cl.xml');
    expect(papers.map((paper) => paper.date)).toEqual(['2026-04-27', '2026-04-27', '2026-04-27']);
    expect(papers[0]).toMatchObject({ id: '2604.22002', version: 1, categories: ['cs.CL'], authors: ['Anamta Khan', 'Ratna Kandala', 'Deepti', 'Sheza Munir', 'Joyojeet Pal'] });
    expect(papers[0]!.abstract).toMatch(/^Social media platforms/);
  });
});
