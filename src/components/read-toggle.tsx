import './library-actions.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isRead, toggleRead } from '../db/read-state-repo.ts';

/** Marks a paper read or unread: a toggle button named "Read" (m on a selected paper). */
export function ReadToggle({ paperId }: { paperId: string }) {
  const read = useLiveQuery(() => isRead(paperId), [paperId]) ?? false;
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        className={`button toggle-button${read ? ' toggle-button--on' : ''}`}
        aria-pressed={read}
        data-read={read || undefined}
        title={read ? 'Mark as unread (m)' : 'Mark as read (m)'}
        onClick={() => toggleRead(paperId).then(() => setError(undefined), (failure: Error) => setError(failure.message))}
      >
        <span aria-hidden="true">{read ? '✓' : '○'}</span> Read
      </button>
      {error ? (
        <span role="alert" className="toggle-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
