import type { ArxivRefreshReport } from '../import/arxiv-refresh.ts';
import { formatPaperCount } from '../../../domain/format/count.ts';
import type { RefreshMessage } from './live-refresh-message.ts';

/** The command that fetches the same categories where a browser may not: Node reads arXiv directly. */
export function arxivCliCommand(categories: readonly string[]): string {
  return `npm run corpus:fetch -- --source arxiv ${categories.map((c) => `--category ${c}`).join(' ')} --from YYYY-MM-DD --to YYYY-MM-DD`;
}

/** One plain sentence about the last arXiv refresh, for its status line. */
export function describeArxivRefresh(status: string, baseUrl: string, categories: readonly string[], report?: ArxivRefreshReport, message?: string): RefreshMessage | undefined {
  const source = hostOf(baseUrl);
  switch (status) {
    case 'running':
      return { tone: 'info', text: `Fetching arXiv announcements (${categories.join(', ')}) from ${source}…` };
    case 'offline':
      return { tone: 'error', text: `You are offline. arXiv announcements will be fetched from ${source} when you are back online; the papers you have stay readable.` };
    case 'failed':
      return { tone: 'error', text: `arXiv refresh failed: ${message ?? 'unknown error'}` };
    case 'done':
      return report ? describeReport(source, categories, report) : undefined;
    default:
      return undefined;
  }
}

function describeReport(source: string, categories: readonly string[], report: ArxivRefreshReport): RefreshMessage {
  const feeds = report.feeds.map((f) => (f.papers ? `${f.category} ${formatPaperCount(f.papers)} (${f.days.join(', ')})` : `${f.category} nothing announced`));
  const got = feeds.length ? `arXiv announcements from ${source}: ${feeds.join('; ')}; ${report.added.toLocaleString('en')} new.` : undefined;
  if (!report.failed) return { tone: 'info', text: got ?? `No arXiv feeds were asked for.` };
  const { category, reason, blocked } = report.failed;
  const why = blocked
    ? `The browser blocked reading ${source}: it answered, but does not allow other sites to read its feeds (no CORS headers, as arxiv.org sends none). ` +
      `Fetch arXiv from the command line instead, ${arxivCliCommand(categories)}, and import the folder it writes on this page; or set a mirror address that allows cross-origin reads.`
    : /could not be reached/.test(reason)
      ? `Could not reach ${source} for ${category}: you may be offline, or the source is down (${reason}).`
      : `${source} failed on ${category}: ${reason}.`;
  return { tone: 'error', text: [got, why, 'The papers you have stay readable.'].filter(Boolean).join(' ') };
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
