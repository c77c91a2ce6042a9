import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { isHttpUrl } from '../corpus/paper-limits.ts';
import { followId, type Follow } from './follow-types.ts';
import { describeSearch, parseSavedSearch } from './saved-search.ts';
import { FEEDS_PATH, orgFeedFile } from './static-feeds.ts';

/**
 * Follows as OPML 2.0 (http://opml.org/spec2.opml), the outline format feed readers
 * exchange subscriptions in. Each follow is an outline whose `htmlUrl` is its page in
 * paperfeed (`/authors/…`, `/orgs/…`, `/search?…`); an organization also carries the
 * `xmlUrl` of the static feed a deployment publishes for it. Importing reads the kind and
 * target back from the path, whatever the host: a file exported from one deployment
 * imports into another.
 */
export const OPML_LIMITS = { bytes: 2_000_000, outlines: 1_000, text: 500 } as const;

const REFUSED = 'Nothing was imported.';

export function followsToOpml(follows: readonly Follow[], origin: string, now: Date): string {
  const outline = follows.map((f) => {
    const attributes: Record<string, string> = { '@_text': f.label, '@_title': f.label, '@_type': 'link', '@_htmlUrl': pageUrl(f, origin) };
    if (f.kind === 'org') {
      attributes['@_type'] = 'rss';
      attributes['@_xmlUrl'] = `${origin}${FEEDS_PATH}/${orgFeedFile(f.target)}`;
    }
    return attributes;
  });
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, processEntities: true });
  const body = builder.build({
    opml: {
      '@_version': '2.0',
      head: { title: 'paperfeed follows', dateCreated: now.toUTCString() },
      body: { outline },
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

export function pageUrl(follow: Pick<Follow, 'kind' | 'target'>, origin: string): string {
  if (follow.kind === 'author') return `${origin}/authors/${encodeURIComponent(follow.target)}`;
  if (follow.kind === 'org') return `${origin}/orgs/${encodeURIComponent(follow.target)}`;
  return `${origin}/search?${follow.target}`;
}

export type OpmlParse = { ok: true; follows: Omit<Follow, 'createdAt'>[] } | { ok: false; message: string };

type Outline = Record<string, unknown> & { outline?: Outline | Outline[] };

/**
 * Reads an OPML file into follows. Every problem is an answer naming the outline, and a
 * file with any bad outline imports nothing: a half-imported subscription list is worse
 * than none.
 */
export function opmlToFollows(text: string): OpmlParse {
  if (text.length > OPML_LIMITS.bytes) return { ok: false, message: `This file is ${Math.round(text.length / 1e6)} MB; an OPML file of follows is at most ${OPML_LIMITS.bytes / 1e6} MB. ${REFUSED}` };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, message: `This file is not XML (line ${valid.err.line}: ${valid.err.msg}). ${REFUSED}` };
  // Counted before parsing: building objects for a huge list only to refuse it costs the most.
  const total = countOutlines(text);
  if (total > OPML_LIMITS.outlines) return tooMany(total);
  // Entities are left unexpanded beyond the five XML ones: no entity tricks in a file that may come from anywhere.
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'outline', processEntities: true, htmlEntities: false });
  let doc: { opml?: { body?: Outline; version?: string } };
  try {
    doc = parser.parse(text) as typeof doc;
  } catch (error) {
    return { ok: false, message: `This file is not XML (${(error as Error).message}). ${REFUSED}` };
  }
  if (!doc.opml || typeof doc.opml !== 'object') return { ok: false, message: `This XML file is not OPML (its root element is not <opml>). ${REFUSED}` };
  const outlines: Outline[] = [];
  const walk = (node: Outline | undefined) => {
    for (const child of asList(node?.outline)) {
      outlines.push(child);
      if (outlines.length > OPML_LIMITS.outlines) return;
      walk(child);
    }
  };
  walk(doc.opml.body);
  if (outlines.length > OPML_LIMITS.outlines) return tooMany(outlines.length);
  const follows: Omit<Follow, 'createdAt'>[] = [];
  const seen = new Set<string>();
  for (const [i, outline] of outlines.entries()) {
    const name = `Outline ${i + 1}${typeof outline.text === 'string' ? ` (“${outline.text.slice(0, 60)}”)` : ''}`;
    const read = readOutline(outline);
    if (read === 'folder') continue;
    if (typeof read === 'string') return { ok: false, message: `${name} ${read}. ${REFUSED}` };
    if (seen.has(read.id)) continue;
    seen.add(read.id);
    follows.push(read);
  }
  return { ok: true, follows };
}

function tooMany(total: number): OpmlParse {
  return { ok: false, message: `This OPML file has ${total.toLocaleString('en')} outlines; paperfeed imports at most ${OPML_LIMITS.outlines.toLocaleString('en')} follows from one file. ${REFUSED}` };
}

function asList(value: Outline | Outline[] | undefined): Outline[] {
  if (!value) return [];
  return (Array.isArray(value) ? value : [value]).filter((o) => o && typeof o === 'object');
}

function countOutlines(text: string): number {
  return text.match(/<outline[\s/>]/g)?.length ?? 0;
}

/** A follow, `'folder'` for a grouping outline with no link, or what is wrong. */
function readOutline(outline: Outline): Omit<Follow, 'createdAt'> | 'folder' | string {
  const htmlUrl = outline.htmlUrl;
  const xmlUrl = outline.xmlUrl;
  for (const [field, value] of [['htmlUrl', htmlUrl], ['xmlUrl', xmlUrl]] as const) {
    if (value === undefined) continue;
    if (typeof value !== 'string' || !isHttpUrl(value)) {
      const shown = String(value).slice(0, 60);
      return `has a ${field} that is not an http(s) link (“${shown}”); paperfeed follows only links to its own pages`;
    }
  }
  if (htmlUrl === undefined) return xmlUrl === undefined ? 'folder' : 'is a feed from elsewhere (it has an xmlUrl but no paperfeed page in htmlUrl); paperfeed follows authors, organizations and searches';
  const url = new URL(htmlUrl as string);
  const label = typeof outline.text === 'string' && outline.text.trim() ? outline.text.trim().slice(0, OPML_LIMITS.text) : undefined;
  const path = url.pathname.match(/^\/(authors|orgs)\/([^/]+)$/);
  if (path) {
    let target: string;
    try {
      target = decodeURIComponent(path[2]!);
    } catch {
      return `has a page link whose name is not readable (“${path[2]!.slice(0, 60)}”)`;
    }
    if (!target.trim() || target.length > OPML_LIMITS.text) return 'has an empty or overlong name in its page link';
    const kind = path[1] === 'authors' ? 'author' : 'org';
    return { id: followId(kind, target), kind, target, label: label ?? target };
  }
  if (url.pathname === '/search') {
    const parsed = parseSavedSearch(url.search);
    if (!parsed.ok) return `is a saved search that no longer parses: ${parsed.message}`;
    return { id: followId('search', parsed.canonical), kind: 'search', target: parsed.canonical, label: label ?? describeSearch(parsed.search) };
  }
  return `links to ${url.pathname.slice(0, 60)}, which is not an author, organization or search page of paperfeed`;
}
