import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { makeFollow } from './follow-types.ts';
import { followsToOpml, opmlToFollows } from './opml.ts';

const follows = [
  makeFollow('author', 'Zoë "Q" <Ng> & Co', 'Zoë "Q" <Ng> & Co', 1),
  makeFollow('org', 'huggingface', 'Hugging Face', 2),
  makeFollow('search', 'q=video+diffusion&from=2025-10-01&sort=newest', '“video diffusion”, from 2025-10-01', 3),
];

const opml = (outlines: string) => `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${outlines}</body></opml>`;

describe('OPML', () => {
  it('round-trips follows (kind, target, label) through an export and an import', () => {
    const text = followsToOpml(follows, 'https://papers.example', new Date('2026-01-02T00:00:00Z'));
    const result = opmlToFollows(text);
    expect(result).toEqual({ ok: true, follows: follows.map(({ createdAt: _, ...f }) => f) });
  });

  it('writes OPML 2.0 that another parser reads: version, head, one outline per follow with an http link', () => {
    const text = followsToOpml(follows, 'https://papers.example', new Date('2026-01-02T00:00:00Z'));
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text);
    expect(doc.opml.version).toBe('2.0');
    expect(doc.opml.head.dateCreated).toBe('Fri, 02 Jan 2026 00:00:00 GMT');
    const outlines = doc.opml.body.outline;
    expect(outlines).toHaveLength(3);
    expect(outlines[0].text).toBe('Zoë "Q" <Ng> & Co');
    expect(outlines[1]).toMatchObject({ type: 'rss', xmlUrl: 'https://papers.example/corpus/feeds/org/huggingface.atom', htmlUrl: 'https://papers.example/orgs/huggingface' });
    expect(outlines[2].htmlUrl).toBe('https://papers.example/search?q=video+diffusion&from=2025-10-01&sort=newest');
  });

  it('imports from another host, reading nested folders and skipping duplicates', () => {
    const result = opmlToFollows(
      opml('<outline text="Folder"><outline text="A" htmlUrl="http://other.host/authors/Ada%20Lovelace"/><outline text="A again" htmlUrl="https://x/authors/Ada%20Lovelace"/></outline>'),
    );
    expect(result).toEqual({ ok: true, follows: [{ id: 'author:Ada Lovelace', kind: 'author', target: 'Ada Lovelace', label: 'A' }] });
  });

  it('refuses a file that is not XML, naming the line', () => {
    const result = opmlToFollows('{"follows": []}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^This file is not XML \(line 1: .+\)\. Nothing was imported\.$/);
  });

  it('refuses XML that is not OPML', () => {
    expect(opmlToFollows('<rss version="2.0"><channel/></rss>')).toEqual({ ok: false, message: 'This XML file is not OPML (its root element is not <opml>). Nothing was imported.' });
  });

  it('refuses 10,000 outlines with the count and the limit', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `<outline text="a${i}" htmlUrl="https://x/authors/a${i}"/>`).join('');
    expect(opmlToFollows(opml(many))).toEqual({ ok: false, message: 'This OPML file has 10,000 outlines; paperfeed imports at most 1,000 follows from one file. Nothing was imported.' });
  });

  it('refuses a javascript: link, naming the outline', () => {
    const result = opmlToFollows(opml('<outline text="ok" htmlUrl="https://x/orgs/a"/><outline text="evil" htmlUrl="javascript:alert(1)"/>'));
    expect(result).toEqual({
      ok: false,
      message: 'Outline 2 (“evil”) has a htmlUrl that is not an http(s) link (“javascript:alert(1)”); paperfeed follows only links to its own pages. Nothing was imported.',
    });
  });

  it('refuses a saved search that no longer parses, saying why', () => {
    const result = opmlToFollows(opml('<outline text="old" htmlUrl="https://x/search?q=diffusion&amp;sort=hot"/>'));
    expect(result).toEqual({
      ok: false,
      message: 'Outline 1 (“old”) is a saved search that no longer parses: the sort order "hot" is not one of relevance, upvotes, newest. Nothing was imported.',
    });
    const empty = opmlToFollows(opml('<outline text="stop" htmlUrl="https://x/search?q=the+of"/>'));
    expect(!empty.ok && empty.message).toMatch(/the query "the of" has no word to search for/);
  });

  it('refuses a feed from elsewhere and a link to another page', () => {
    expect(opmlToFollows(opml('<outline text="blog" type="rss" xmlUrl="https://blog.example/feed"/>'))).toMatchObject({ ok: false, message: expect.stringMatching(/is a feed from elsewhere/) });
    expect(opmlToFollows(opml('<outline text="lib" htmlUrl="https://x/library"/>'))).toMatchObject({ ok: false, message: expect.stringMatching(/links to \/library, which is not/) });
  });
});
