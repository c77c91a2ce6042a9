import { useShallow } from 'zustand/react/shallow';
import { cancelImport, useImportStore } from '../stores/import-store.ts';
import { formatCount } from '../../../domain/format/count.ts';
import { PendingShardsNotice } from './pending-shards-notice.tsx';

/** Progress of a running import (papers done of total), with a way out. */
export function ImportProgress() {
  const { status, progress, error, elsewhere, report } = useImportStore(
    useShallow((s) => ({ status: s.status, progress: s.progress, error: s.error, elsewhere: s.elsewhere, report: s.report })),
  );
  if (status === 'running' && elsewhere) {
    return (
      <p className="import-banner" role="status">
        Papers are being imported in another tab; they appear here as they arrive.
      </p>
    );
  }
  if (status === 'running' && progress) {
    return (
      <section className="import-banner" aria-label="Import">
        <div className="import-banner__row">
          <span>
            Importing papers: {formatCount(progress.done)} of {formatCount(progress.total)}
            <span className="muted"> · {progress.label}</span>
          </span>
          <button type="button" className="button" onClick={cancelImport}>
            Cancel import
          </button>
        </div>
        <progress aria-label="Importing papers" value={progress.done} max={Math.max(progress.total, 1)} />
      </section>
    );
  }
  if (status === 'pending' && report) return <PendingShardsNotice pending={report.pending} />;
  if (status === 'cancelled') {
    return (
      <p className="import-banner" role="status">
        Import cancelled. Papers stored before the cancel are kept; reload to finish the import.
      </p>
    );
  }
  if (status === 'failed' && error) {
    return (
      <p className="import-banner import-banner--error" role="alert">
        {error.message}
        {error.code === 'unreachable' ? ' The import starts again when the browser is back online.' : null}
      </p>
    );
  }
  return null;
}
