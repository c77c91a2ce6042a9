import { formatCount } from '../../../domain/feed/author-list.ts';
import { FORMAT_NAMES } from '../../../domain/library/reference-import/imported-reference.ts';
import type { ReferenceImportReport } from '../import/reference-import-protocol.ts';

const SHOWN = 50;

/** What an import did: matched, kept, skipped, and every skipped entry with its line and reason. */
export function ReferenceImportReportView({ report }: { report: ReferenceImportReport }) {
  return (
    <div className="reference-import__report" role="status">
      <p>
        {report.file} ({FORMAT_NAMES[report.format]}): {formatCount(report.matched)} matched ({formatCount(report.newBookmarks)} newly bookmarked), {formatCount(report.unmatched)} not in the corpus, kept ({formatCount(report.newItems)} new), {formatCount(report.skipped)} skipped.
      </p>
      {report.problems.length ? (
        <ul className="reference-import__problems">
          {report.problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>
              Line {p.line}, {p.entry}: {p.reason}
            </li>
          ))}
          {report.problems.length > SHOWN ? <li>…and {formatCount(report.problems.length - SHOWN)} more.</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
