import './library-actions.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { getBookmark } from '../db/library-repo.ts';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import { useToggleBookmark } from './use-toggle-bookmark.ts';

/**
 * Bookmarks a paper or removes its bookmark: a toggle button named "Bookmark", its state
 * in aria-pressed. Shown on every card, on the paper page and in the library.
 */
export function BookmarkButton({ paper }: { paper: Paper }) {
  const bookmarked = useLiveQuery(async () => !!(await getBookmark(paper.id)), [paper.id]) ?? false;
  const { toggle, error } = useToggleBookmark();
  return (
    <>
      <button
        type="button"
        className={`button toggle-button${bookmarked ? ' toggle-button--on' : ''}`}
        aria-pressed={bookmarked}
        title={bookmarked ? 'Remove the bookmark (b)' : 'Bookmark this paper (b)'}
        onClick={() => toggle(paper)}
      >
        <span aria-hidden="true">{bookmarked ? '★' : '☆'}</span> Bookmark
      </button>
      {error ? (
        <span role="alert" className="toggle-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
