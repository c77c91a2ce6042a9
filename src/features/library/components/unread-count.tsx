import './library-actions.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatCount } from '../../../domain/format/count.ts';
import { markAllRead, readAmong } from '../../../db/read-state-repo.ts';
import { useLibraryMarks } from '../../../hooks/library-marks.tsx';

/** How many of `paperIds` are unread, live; undefined while counting. */
export function useUnreadCount(paperIds: readonly string[]): number | undefined {
  return useLiveQuery(async () => paperIds.length - (await readAmong(paperIds)).size, [paperIds]);
}

/** "3 unread" and a button that marks them all read (a day, in the feed). */
export function UnreadSummary({ paperIds, label }: { paperIds: readonly string[]; label: string }) {
  const unread = useUnreadCount(paperIds);
  const [error, setError] = useState<string>();
  if (unread === undefined) return null;
  return (
    <span className="unread-summary">
      <span className="unread-summary__count">{unread === 0 ? 'All read' : `${formatCount(unread)} unread`}</span>
      {unread > 0 ? (
        <button type="button" className="link-button" onClick={() => markAllRead(paperIds).catch((failure: Error) => setError(failure.message))}>
          {label}
        </button>
      ) : null}
      {error ? <span role="alert">{error}</span> : null}
    </span>
  );
}

/** " · 3 unread" after a day's heading in a week or month. */
export function DayUnreadCount({ paperIds }: { paperIds: readonly string[] }) {
  // From the list's marks (one query for the whole list), not a query per heading.
  const marks = useLibraryMarks();
  if (!marks) return null;
  const unread = paperIds.reduce((n, id) => (marks.read.has(id) ? n : n + 1), 0);
  return <span className="muted"> · {unread === 0 ? 'all read' : `${formatCount(unread)} unread`}</span>;
}
