import { useShallow } from 'zustand/react/shallow';
import { cancelImport, useImportStore } from '../stores/import-store.ts';
import { formatCount } from '../../../domain/format/count.ts';

/** Progress of a running import (papers done of total), with a way out. */
export function ImportProgress() {
  const { status, progress, error } = useImportStore(useShallow((s) => ({ status: s.status, progress: s.progress, error: s.error })));
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
      </p>
    );
  }
  return null;
}
