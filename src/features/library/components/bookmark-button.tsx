import '../../../components/toggle-button.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { getBookmark } from '../../../db/library-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { toggleBookmarkOf } from '../api/library-toggles.ts';
import { useLibraryMarks } from '../../../hooks/library-marks.tsx';
import { ToggleError } from '../../../components/toggle-error.tsx';
import { useLibraryWriteError } from '../stores/library-write-errors.ts';

/**
 * Bookmarks a paper or removes its bookmark: a toggle button named "Bookmark", its state
 * in aria-pressed. Shown on every card, on the paper page and in the library.
 */
export function BookmarkButton({ paper }: { paper: Paper }) {
  const marks = useLibraryMarks();
  return marks ? <BookmarkToggle paper={paper} bookmarked={marks.bookmarked.has(paper.id)} /> : <LiveBookmarkButton paper={paper} />;
}

/** Outside a list (the paper page): reads its own state. */
function LiveBookmarkButton({ paper }: { paper: Paper }) {
  const bookmarked = useLiveQuery(async () => !!(await getBookmark(paper.id)), [paper.id]) ?? false;
  return <BookmarkToggle paper={paper} bookmarked={bookmarked} />;
}

function BookmarkToggle({ paper, bookmarked }: { paper: Paper; bookmarked: boolean }) {
  const error = useLibraryWriteError(paper.id, 'bookmark');
  return (
    <>
      <button
        type="button"
        className={`button toggle-button${bookmarked ? ' toggle-button--on' : ''}`}
        aria-pressed={bookmarked}
        title={bookmarked ? 'Remove the bookmark (b)' : 'Bookmark this paper (b)'}
        onClick={() => toggleBookmarkOf(paper)}
      >
        <span aria-hidden="true">{bookmarked ? '★' : '☆'}</span> Bookmark
      </button>
      <ToggleError message={error} />
    </>
  );
}
