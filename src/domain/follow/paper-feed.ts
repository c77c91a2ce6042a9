import { Feed } from 'feed';
import type { Paper } from '../corpus/paper-schema.ts';

/**
 * Papers as a syndication feed (Atom 1.0, RSS 2.0 or JSON Feed 1), written by the `feed`
 * library rather than string templates, so escaping and the formats' rules are its job.
 * Each item: the arXiv id as its id (the RSS guid and JSON Feed id are the id itself; an
 * Atom id must be an IRI, so there it is `arxiv:<id>`), the paper's title, its arXiv page as the
 * link, the featured day as its date, every author, the abstract as content. The abstract
 * is plain text: it is HTML-escaped before it goes into the HTML content fields, so a
 * reader shows `<` in a formula as `<` and never renders markup from the corpus. Atom
 * titles are declared HTML by the writer, so they are escaped the same way there.
 */
export type FeedFormat = 'atom' | 'rss' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['atom', 'rss', 'json'];

export const FEED_TYPES: Record<FeedFormat, { extension: string; mime: string; label: string }> = {
  atom: { extension: 'atom', mime: 'application/atom+xml', label: 'Atom' },
  rss: { extension: 'rss', mime: 'application/rss+xml', label: 'RSS' },
  json: { extension: 'json', mime: 'application/feed+json', label: 'JSON Feed' },
};

export interface FeedMeta {
  /** A stable id for the feed (a URL or a `urn:`). */
  id: string;
  title: string;
  description: string;
  /** The page the feed is about (absolute: the writer takes only absolute URLs), when known. */
  link?: string;
  /** Where the feed itself is published, when it is (static feeds); absent for downloads. */
  selfUrl?: string;
  updated: Date;
}

/** `&`, `<`, `>` and quotes as entities: the abstract is text, shown as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function paperLink(paper: Paper): string {
  return paper.links.arxiv ?? paper.links.huggingface ?? `https://arxiv.org/abs/${paper.id}`;
}

/** The featured day as the item's date: midnight UTC of that day. */
export function paperDate(paper: Paper): Date {
  return new Date(`${paper.date}T00:00:00Z`);
}

/** The arXiv id as an IRI (`arxiv:2510.01234`), which Atom requires of an entry id. */
export function atomId(arxivId: string): string {
  return `arxiv:${arxivId}`;
}

export function writeFeed(papers: readonly Paper[], meta: FeedMeta, format: FeedFormat): string {
  const feed = new Feed({
    id: meta.id,
    title: meta.title,
    description: meta.description,
    ...(meta.link ? { link: meta.link } : {}),
    updated: meta.updated,
    generator: 'paperfeed',
    copyright: 'Paper metadata as published by arXiv and Hugging Face; abstracts belong to their authors.',
    ...(meta.selfUrl ? { feedLinks: { [format]: meta.selfUrl } } : {}),
  });
  for (const paper of papers) {
    const published = paper.publishedAt ? new Date(paper.publishedAt) : undefined;
    feed.addItem({
      id: format === 'atom' ? atomId(paper.id) : paper.id,
      guid: paper.id,
      title: format === 'atom' ? escapeHtml(paper.title) : paper.title,
      link: paperLink(paper),
      date: paperDate(paper),
      // RSS has one date, pubDate, which the writer takes from `published` when given: there it stays the featured day.
      ...(format !== 'rss' && published && !Number.isNaN(published.getTime()) ? { published } : {}),
      ...(paper.authors.length ? { author: paper.authors.map((name) => ({ name })) } : {}),
      content: escapeHtml(paper.abstract),
      ...(paper.organization ? { category: [{ name: paper.organization.fullname ?? paper.organization.name, term: paper.organization.name }] } : {}),
      // JSON Feed 1 has one author per item; every author goes in an extension (custom keys start with "_").
      ...(format === 'json' ? { extensions: [{ name: '_paperfeed', objects: { arxiv_id: paper.id, authors: paper.authors } }] } : {}),
    });
  }
  return format === 'atom' ? feed.atom1() : format === 'rss' ? feed.rss2() : feed.json1();
}
