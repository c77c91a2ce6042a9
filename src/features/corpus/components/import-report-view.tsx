import { Link } from 'react-router-dom';
import { periodPath } from '../../../lib/paths.ts';
import type { ImportReport } from '../import/import-report.ts';
import { formatCount } from '../../../domain/format/count.ts';

/** New, updated, unchanged and skipped, then every skipped entry with file, entry, field and reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const days = report.days ?? [];
  const counts: [string, number][] = [
    ['New', report.added],
    ['Updated', report.updated],
    ['Unchanged', report.unchanged],
    ['Skipped', report.skipped.length],
    ['Files refused', report.fileErrors.length],
  ];
  return (
    <section className="corpus-section" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading">Import report</h2>
      <dl className="report-counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd aria-label={`${label}: ${value}`}>{formatCount(value)}</dd>
          </div>
        ))}
      </dl>
      {report.emptyFiles?.length ? (
        <p className="corpus-status" role="note">
          {report.emptyFiles.length === 1
            ? `${report.emptyFiles[0]} held no papers: nothing was imported from it.`
            : `${formatCount(report.emptyFiles.length)} files held no papers (${report.emptyFiles.join(', ')}): nothing was imported from them.`}
        </p>
      ) : null}
      {days.length > 0 && (
        <>
          <h3>Days with imported papers</h3>
          <ul className="report-days">
            {days.map((d) => (
              <li key={d.date}>
                <Link to={periodPath({ kind: 'day', key: d.date, start: d.date, end: d.date })}>{d.date}</Link> ({formatCount(d.papers)})
              </li>
            ))}
          </ul>
        </>
      )}
      {report.fileErrors.length > 0 && (
        <>
          <h3>Files not imported</h3>
          <ul>
            {report.fileErrors.map((e) => (
              <li key={e.file}>
                <strong>{e.file}</strong> {e.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.skipped.length > 0 && <IssueTable caption="Skipped entries" issues={report.skipped} />}
      {report.fixed.length > 0 && <IssueTable caption="Imported without a bad value" issues={report.fixed} />}
    </section>
  );
}

function IssueTable({ caption, issues }: { caption: string; issues: ImportReport['skipped'] }) {
  return (
    <table className="report-issues">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Entry</th>
          <th scope="col">Field</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue) => (
          <tr key={`${issue.file}#${issue.entry}#${issue.field}`}>
            <td>{issue.file}</td>
            <td>{issue.id ? `${issue.entry} (${issue.id})` : issue.entry}</td>
            <td>
              <code>{issue.field}</code>
            </td>
            <td>{issue.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
