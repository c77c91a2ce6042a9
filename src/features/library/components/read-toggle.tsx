import '../../../components/toggle-button.css';
import './library-actions.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { isRead } from '../../../db/read-state-repo.ts';
import { toggleReadOf } from '../api/library-toggles.ts';
import { useLibraryMarks } from '../../../hooks/library-marks.tsx';
import { ToggleError } from '../../../components/toggle-error.tsx';
import { useLibraryWriteError } from '../stores/library-write-errors.ts';

/** Marks a paper read or unread: a toggle button named "Read" (m on a selected paper). */
export function ReadToggle({ paperId }: { paperId: string }) {
  const marks = useLibraryMarks();
  return marks ? <ReadButton paperId={paperId} read={marks.read.has(paperId)} /> : <LiveReadToggle paperId={paperId} />;
}

/** Outside a list (the paper page): reads its own state. */
function LiveReadToggle({ paperId }: { paperId: string }) {
  const read = useLiveQuery(() => isRead(paperId), [paperId]) ?? false;
  return <ReadButton paperId={paperId} read={read} />;
}

function ReadButton({ paperId, read }: { paperId: string; read: boolean }) {
  const error = useLibraryWriteError(paperId, 'read');
  return (
    <>
      <button
        type="button"
        className={`button toggle-button${read ? ' toggle-button--on' : ''}`}
        aria-pressed={read}
        data-read={read || undefined}
        title={read ? 'Mark as unread (m)' : 'Mark as read (m)'}
        onClick={() => toggleReadOf(paperId)}
      >
        <span aria-hidden="true">{read ? '✓' : '○'}</span> Read
      </button>
      <ToggleError message={error} />
    </>
  );
}
