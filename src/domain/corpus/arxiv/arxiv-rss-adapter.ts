import { splitAuthorList } from '../arxiv-adapter.ts';
import { collectEntries, sourceFieldNamer } from '../entry-collector.ts';
import { normalizeText } from '../normalize-text.ts';
import { arxivLinks, parseArxivId } from './arxiv-id.ts';
import { uniqueCategories } from './arxiv-atom-adapter.ts';
import { parseRfc2822 } from './arxiv-dates.ts';
import { arxivFileError, type ArxivOutcome } from './arxiv-outcome.ts';
import { isNode, listOf, textOf, type XmlNode } from './parse-xml.ts';

/**
 * An arXiv announcement feed (`rss.arxiv.org/rss/<category>`, RSS 2.0, the 2024+ format).
 * Every item was announced on the feed's day, so its day is the day written in its
 * `pubDate` (arXiv's own time zone), not the UTC day of that instant. The description
 * starts `arXiv:2604.22002v1 Announce Type: new` and then holds the abstract.
 */
export function adaptArxivRss(file: string, rss: XmlNode): ArxivOutcome {
  const channel = isNode(rss.channel) ? rss.channel : undefined;
  if (!channel) return arxivFileError(file, 'is RSS without a <channel>');
  const items = listOf(channel.item);
  const channelDay = parseRfc2822(textOf(channel.pubDate))?.day;
  const collector = collectEntries(file, 'link');
  items.forEach((item, index) => {
    const mapped = isNode(item) ? mapItem(item, channelDay) : { issue: { field: '(item)', reason: 'is not an element with content' } };
    if ('issue' in mapped) collector.skip({ file, entry: index, severity: 'skipped', ...mapped.issue });
    else collector.add(mapped.candidate, index, FIELD_NAMES);
  });
  const note = items.length === 0 ? 'holds no items: nothing was announced in this feed (weekend, holiday, or a category without new papers)' : undefined;
  return { ok: true, value: { ...collector.result(), source: 'arxiv-rss', records: items.length, paging: {}, ...(note ? { note } : {}) } };
}

const FIELD_NAMES = sourceFieldNamer({ id: 'link', abstract: 'description', authors: 'dc:creator', date: 'pubDate', publishedAt: 'pubDate', categories: 'category' });

type Mapped = { candidate: Record<string, unknown> } | { issue: { field: string; reason: string; id?: string } };

function mapItem(item: XmlNode, channelDay: string | undefined): Mapped {
  const description = textOf(item.description) ?? '';
  const head = /^\s*(arXiv:\S+)\s+Announce Type:\s*(\S+)\s*/.exec(description);
  const parsed = parseArxivId(head?.[1]) ?? parseArxivId(textOf(item.guid)) ?? parseArxivId(textOf(item.link));
  if (!parsed) return { issue: { field: 'link', reason: `must be an arXiv abstract address like https://arxiv.org/abs/2604.22002${textOf(item.link) ? `, found "${textOf(item.link)!.slice(0, 80)}"` : ' (missing)'}` } };
  const published = parseRfc2822(textOf(item.pubDate));
  const day = published?.day ?? channelDay;
  if (!day) return { issue: { id: parsed.id, field: 'pubDate', reason: 'must be a date like "Mon, 27 Apr 2026 00:00:00 -0400"' } };
  const abstract = description.slice(head?.[0].length ?? 0).replace(/^Abstract:\s*/, '');
  const creators = listOf(item.creator).map((creator) => textOf(creator) ?? '').join(', ');
  const title = textOf(item.title);
  return {
    candidate: {
      id: parsed.id,
      ...(parsed.version ? { version: parsed.version } : {}),
      title: title === undefined ? undefined : normalizeText(title),
      abstract: normalizeText(abstract),
      authors: splitAuthorList(creators),
      date: day,
      ...(published ? { publishedAt: published.iso } : {}),
      upvotes: 0,
      links: arxivLinks(parsed.id),
      categories: uniqueCategories(undefined, listOf(item.category).map((c) => textOf(c) ?? '')),
    },
  };
}
