import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../src/domain/corpus/paper-schema.ts';
import { comparePapersByUpvotes } from '../src/domain/feed/paper-order.ts';
import { STATIC_FEEDS } from '../src/domain/follow/static-feeds.ts';
import { hasSharedCorpus, hfDailyDir, SHARED_CORPUS_SUITE } from '../src/testing/shared-corpus.ts';
import { main } from './corpus-convert.ts';

/**
 * The static feeds `corpus:convert` writes, read back with fast-xml-parser and JSON.parse
 * (not the `feed` library that wrote them) and compared item by item with the shards.
 */
let dir: string;
let papers: Map<string, Paper>;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'item', 'author', 'link', 'dc:creator'].includes(name), parseTagValue: false });
const site = 'https://papers.example';

const unescape = (html: string) => html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
const byDayThenUpvotes = (a: Paper, b: Paper) => (a.date < b.date ? 1 : a.date > b.date ? -1 : comparePapersByUpvotes(a, b));

interface ReadItem {
  id: string;
  title: string;
  link: string;
  date: string;
  authors: string[];
  content: string;
}

function readAtom(text: string): ReadItem[] {
  const feed = xml.parse(text).feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  return (feed.entry ?? []).map((e: Record<string, any>) => ({
    id: String(e.id).replace(/^arxiv:/, ''),
    title: unescape(e.title['#text'] ?? e.title),
    link: e.link[0]['@href'],
    date: e.updated,
    authors: (e.author ?? []).map((a: { name: string }) => a.name),
    content: unescape(e.content['#text'] ?? e.content),
  }));
}

function readRss(text: string): ReadItem[] {
  const channel = xml.parse(text).rss.channel;
  return (channel.item ?? []).map((i: Record<string, any>) => ({
    id: i.guid['#text'] ?? i.guid,
    title: i.title,
    link: i.link[0],
    date: new Date(i.pubDate).toISOString(),
    authors: i.author ?? [],
    content: unescape(i['content:encoded'] ?? i.description),
  }));
}

function readJson(text: string): ReadItem[] {
  const feed = JSON.parse(text);
  expect(feed.version).toBe('https://jsonfeed.org/version/1');
  return feed.items.map((i: Record<string, any>) => ({
    id: i.id,
    title: i.title,
    link: i.url,
    date: i.date_modified,
    authors: i._paperfeed.authors,
    content: unescape(i.content_html),
  }));
}

function expectItemsMatch(items: ReadItem[], expected: Paper[]): void {
  expect(items.map((i) => i.id)).toEqual(expected.map((p) => p.id));
  for (const item of items) {
    const paper = papers.get(item.id)!;
    expect(item.title).toBe(paper.title);
    expect(item.link).toBe(paper.links.arxiv ?? `https://arxiv.org/abs/${paper.id}`);
    expect(item.date).toBe(`${paper.date}T00:00:00.000Z`);
    expect(item.authors).toEqual(paper.authors);
    expect(item.content).toBe(paper.abstract);
  }
}

describe.skipIf(!hasSharedCorpus)(`${SHARED_CORPUS_SUITE}: static feeds of corpus:convert`, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corpus-feeds-'));
    expect(await main([hfDailyDir, '--out', dir, '--site-url', site], () => {})).toBe(0);
    papers = new Map();
    for (const name of (await readdir(dir)).filter((n) => /^\d{4}-\d{2}\.json$/.test(n))) {
      for (const paper of JSON.parse(await readFile(join(dir, name), 'utf8')).papers as Paper[]) papers.set(paper.id, paper);
    }
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const newestDays = () => [...new Set([...papers.values()].map((p) => p.date))].sort().reverse().slice(0, STATIC_FEEDS.dailyDays);
  const daily = () => {
    const days = new Set(newestDays());
    return [...papers.values()].filter((p) => days.has(p.date)).sort(byDayThenUpvotes);
  };

  it('daily.atom, daily.rss and daily.json hold the newest seven days, every item as in the corpus', async () => {
    expect(newestDays()[0]).toBe('2025-10-31');
    const expected = daily();
    expect(expected.length).toBeGreaterThan(100);
    expectItemsMatch(readAtom(await readFile(join(dir, 'feeds/daily.atom'), 'utf8')), expected);
    expectItemsMatch(readRss(await readFile(join(dir, 'feeds/daily.rss'), 'utf8')), expected);
    expectItemsMatch(readJson(await readFile(join(dir, 'feeds/daily.json'), 'utf8')), expected);
  });

  it('the feeds name themselves with absolute links to the deployment', async () => {
    const atom = xml.parse(await readFile(join(dir, 'feeds/daily.atom'), 'utf8')).feed;
    expect(atom.link.map((l: Record<string, string>) => l['@href'])).toEqual(expect.arrayContaining([`${site}/corpus/feeds/daily.atom`]));
    expect(JSON.parse(await readFile(join(dir, 'feeds/daily.json'), 'utf8')).feed_url).toBe(`${site}/corpus/feeds/daily.json`);
  });

  it('top-week.atom holds the 30 most upvoted papers of the newest week', async () => {
    const expected = [...papers.values()].filter((p) => p.date >= '2025-10-25').sort(comparePapersByUpvotes).slice(0, STATIC_FEEDS.topWeek);
    expectItemsMatch(readAtom(await readFile(join(dir, 'feeds/top-week.atom'), 'utf8')), expected);
  });

  it('writes one feed per organization with its newest papers', async () => {
    const orgs = [...new Set([...papers.values()].flatMap((p) => (p.organization ? [p.organization.name] : [])))];
    const files = await readdir(join(dir, 'feeds/org'));
    expect(files).toHaveLength(orgs.length);
    const org = orgs.includes('huggingface') ? 'huggingface' : orgs[0]!;
    const expected = [...papers.values()].filter((p) => p.organization?.name === org).sort(byDayThenUpvotes).slice(0, STATIC_FEEDS.orgItems);
    expectItemsMatch(readAtom(await readFile(join(dir, `feeds/org/${org}.atom`), 'utf8')), expected);
  });

  it('a second run over the same corpus writes the same bytes', async () => {
    const before = await readFile(join(dir, 'feeds/daily.rss'), 'utf8');
    const log: string[] = [];
    expect(await main([hfDailyDir, '--out', dir, '--site-url', site], (line) => log.push(line))).toBe(0);
    expect(await readFile(join(dir, 'feeds/daily.rss'), 'utf8')).toBe(before);
    expect(log.at(-1)).toMatch(/^feeds: 0 written, \d+ unchanged in /);
  }, 120_000);
});
