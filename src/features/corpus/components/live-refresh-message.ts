import type { RefreshReport } from '../import/refresh-report.ts';
import { formatCountOf, formatPaperCount } from '../../../domain/format/count.ts';

export interface RefreshMessage {
  tone: 'info' | 'error';
  text: string;
}

/** One plain sentence about the last live refresh, for the status line. */
export function describeRefresh(status: string, baseUrl: string, report?: RefreshReport, message?: string): RefreshMessage | undefined {
  const source = hostOf(baseUrl);
  switch (status) {
    case 'running':
      return { tone: 'info', text: `Fetching new days from ${source}…` };
    case 'offline':
      return { tone: 'error', text: `You are offline. New days will be fetched from ${source} when you are back online; the papers you have stay readable.` };
    case 'failed':
      return { tone: 'error', text: `Live refresh failed: ${message ?? 'unknown error'}` };
    case 'done':
      return report ? describeReport(source, report) : undefined;
    default:
      return undefined;
  }
}

function describeReport(source: string, report: RefreshReport): RefreshMessage {
  const arrived = report.days.map((d) => `${d.date} (${formatPaperCount(d.papers)})`).join(', ');
  const got = report.days.length
    ? `New from ${source}: ${formatCountOf(report.days.length, 'day')}, ${arrived}.`
    : undefined;
  if (report.failed) {
    const why =
      report.failed.kind === 'unreachable'
        ? `Could not reach ${source}: you may be offline, or the source is down (${detailOf(report.failed.reason)}).`
        : `${source} failed on ${report.failed.date}: ${report.failed.reason}.`;
    return { tone: 'error', text: [got, why, 'The papers you have stay readable; the next refresh tries again.'].filter(Boolean).join(' ') };
  }
  if (got) return { tone: 'info', text: report.more ? `${got} More days remain; refresh again to continue.` : got };
  if (!report.from) return { tone: 'info', text: `Up to date: nothing newer to fetch from ${source}.` };
  return { tone: 'info', text: `No new papers on ${source} from ${report.from} to ${report.to}.` };
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/** "Failed to fetch" out of "failed: the source could not be reached (Failed to fetch)". */
function detailOf(reason: string): string {
  return /\((.*)\)$/.exec(reason)?.[1] ?? reason;
}
