import type { FileError } from '../../../domain/corpus/import-issue.ts';

const months = (pending: readonly FileError[]) => pending.map((p) => p.file.replace(/\.json$/, ''));

/**
 * Shards that could not be fetched (the connection went away mid-import): said plainly,
 * with what happens next, instead of an import that looks finished (issue #16).
 */
export function PendingShardsNotice({ pending }: { pending: readonly FileError[] }) {
  const names = months(pending);
  const shown = names.length > 4 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  return (
    <p className="import-banner" role="status" aria-label="Import incomplete">
      Papers of {names.length === 1 ? '1 month' : `${names.length} months`} could not be fetched ({shown}):{' '}
      {typeof navigator !== 'undefined' && navigator.onLine === false ? 'this browser is offline' : 'the connection failed'}. They are
      fetched when the browser is back online; everything stored so far is kept.
    </p>
  );
}
