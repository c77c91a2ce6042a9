import './corpus.css';
import { useShallow } from 'zustand/react/shallow';
import { cancelFileImport, importPickedFiles, useFileImportStore } from '../stores/file-import-store.ts';
import { FileDropZone } from './file-drop-zone.tsx';
import { ImportReportView } from './import-report-view.tsx';
import { LiveRefreshSettings } from './live-refresh-settings.tsx';
import { ArxivRefreshSettings } from './arxiv-refresh-settings.tsx';
import { formatCount } from '../../../domain/format/count.ts';

/** "Import papers": files or a folder in, a report out; and the live refresh setting. */
export function ImportPage() {
  const { status, progress, report, error } = useFileImportStore(
    useShallow((s) => ({ status: s.status, progress: s.progress, report: s.report, error: s.error })),
  );
  const running = status === 'running';
  return (
    <div className="corpus-page">
      <h1>Import papers</h1>
      <p>
        Add papers from files: Hugging Face daily-papers API responses (<code>YYYY-MM-DD.json</code>, as saved from{' '}
        <code>/api/daily_papers?date=…</code>), arXiv metadata as JSON Lines (<code>.jsonl</code>), arXiv answers saved as XML
        (search API, OAI-PMH harvests, announcement RSS: <code>.xml</code>), or paperfeed shards. Papers
        already stored are updated; your bookmarks, notes and read marks are kept. Each file is stored whole or not at all.
      </p>
      <FileDropZone disabled={running} onFiles={importPickedFiles} />
      {running && progress && (
        <div className="corpus-section">
          <p>
            Importing files: {formatCount(progress.done)} of {formatCount(progress.total)}
            <span className="muted"> · {progress.label}</span>
          </p>
          <progress aria-label="Importing files" value={progress.done} max={Math.max(progress.total, 1)} />
          <button type="button" className="button" onClick={cancelFileImport}>
            Cancel
          </button>
        </div>
      )}
      {status === 'failed' && error && (
        <p role="alert" className="import-banner import-banner--error">
          {error.message}
        </p>
      )}
      {status === 'cancelled' && <p role="status">Import cancelled. Files imported before the cancel are kept.</p>}
      {status === 'done' && report && <ImportReportView report={report} />}
      <LiveRefreshSettings />
      <ArxivRefreshSettings />
    </div>
  );
}
