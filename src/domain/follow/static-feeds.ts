import type { Paper } from '../corpus/paper-schema.ts';
import { comparePapersByUpvotes } from '../feed/paper-order.ts';
import { writeFeed, type FeedFormat, type FeedMeta } from './paper-feed.ts';

/**
 * The feeds a deployment publishes next to its corpus shards (`<corpus>/feeds/`), written
 * by `corpus:convert` and `corpus:fetch`:
 * - `daily.atom`, `daily.rss`, `daily.json`: the papers of the newest DAILY_DAYS days, newest day first, each day by upvotes;
 * - `top-week.atom`: the TOP_WEEK most upvoted papers of the seven days ending on the newest day;
 * - `org/<name>.atom`: each organization's ORG_ITEMS newest papers.
 * File names and contents depend only on the papers, so the same corpus writes the same bytes.
 */
export const STATIC_FEEDS = { dailyDays: 7, topWeek: 30, orgItems: 50 } as const;

/** Where the feeds are, relative to the site root (the corpus is served at `/corpus/`). */
export const FEEDS_PATH = '/corpus/feeds';

export interface StaticFeedFile {
  /** Relative to the feeds folder, e.g. `daily.atom`, `org/huggingface.atom`. */
  path: string;
  body: string;
}

/** An organization's feed file name: its name when that is a safe file name, else a safe form with a hash. */
export function orgFeedFile(name: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/.test(name)) return `org/${name}.atom`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return `org/${name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60)}-${hash.toString(16)}.atom`;
}

const byDayThenUpvotes = (a: Paper, b: Paper) => (a.date < b.date ? 1 : a.date > b.date ? -1 : comparePapersByUpvotes(a, b));

/**
 * `siteUrl`: the deployment's address (`--site-url`). The feed format wants absolute links,
 * so without it a feed has no link to its site or itself (items still link to arXiv).
 */
export function staticFeeds(papers: readonly Paper[], siteUrl = ''): StaticFeedFile[] {
  if (!papers.length) return [];
  const site = siteUrl.replace(/\/+$/, '');
  const sorted = [...papers].sort(byDayThenUpvotes);
  const days = [...new Set(sorted.map((p) => p.date))];
  const newest = days[0]!;
  const updated = new Date(`${newest}T00:00:00Z`);
  const meta = (path: string, title: string, description: string, link: string): FeedMeta => ({
    id: site ? `${site}${FEEDS_PATH}/${path}` : `urn:paperfeed:feeds:${path}`,
    title,
    description,
    ...(site ? { link: `${site}${link}`, selfUrl: `${site}${FEEDS_PATH}/${path}` } : {}),
    updated,
  });
  const files: StaticFeedFile[] = [];
  const dailyFrom = days[Math.min(days.length, STATIC_FEEDS.dailyDays) - 1]!;
  const daily = sorted.filter((p) => p.date >= dailyFrom);
  for (const format of ['atom', 'rss', 'json'] as FeedFormat[]) {
    const path = `daily.${format}`;
    files.push({ path, body: writeFeed(daily, meta(path, 'paperfeed: daily papers', `Papers of the newest ${STATIC_FEEDS.dailyDays} days with papers, to ${newest}`, '/'), format) });
  }
  const weekFrom = new Date(updated.getTime() - 6 * 86_400_000).toISOString().slice(0, 10);
  const top = sorted.filter((p) => p.date >= weekFrom).sort(comparePapersByUpvotes).slice(0, STATIC_FEEDS.topWeek);
  files.push({ path: 'top-week.atom', body: writeFeed(top, meta('top-week.atom', 'paperfeed: top papers of the week', `The ${STATIC_FEEDS.topWeek} most upvoted papers from ${weekFrom} to ${newest}`, '/'), 'atom') });
  const byOrg = new Map<string, Paper[]>();
  for (const paper of sorted) {
    const org = paper.organization?.name;
    if (!org) continue;
    const list = byOrg.get(org) ?? [];
    if (!byOrg.has(org)) byOrg.set(org, list);
    if (list.length < STATIC_FEEDS.orgItems) list.push(paper);
  }
  for (const [org, list] of [...byOrg].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = orgFeedFile(org);
    const label = list.find((p) => p.organization?.fullname)?.organization?.fullname ?? org;
    files.push({ path, body: writeFeed(list, meta(path, `paperfeed: ${label}`, `The newest papers from ${label}`, `/orgs/${encodeURIComponent(org)}`), 'atom') });
  }
  return files;
}
