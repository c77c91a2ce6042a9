import { useId } from 'react';
import { Link } from 'react-router-dom';
import { BookmarkButton } from '../../../components/bookmark-button.tsx';
import { CollectionPicker } from '../../../components/collection-picker.tsx';
import { NoteEditor } from '../../../components/note-editor.tsx';
import { ReadToggle } from '../../../components/read-toggle.tsx';
import type { BookmarkRecord } from '../../../db/schema.ts';
import { summarizeAuthors } from '../../../domain/feed/author-list.ts';
import { shortDayLabel, toDateKey } from '../../../domain/feed/period.ts';
import { formatCount } from '../../../domain/format/count.ts';
import { isShowableTime } from '../../../domain/library/timestamps.ts';
import { paperPath } from '../../../lib/paths.ts';
import { useLibrarySelection } from '../stores/library-selection-store.ts';

const AUTHORS_SHOWN = 4;

/** One bookmark: the paper as saved with it, its read state, collections and note. */
export function LibraryItem({ bookmark, read }: { bookmark: BookmarkRecord; read: boolean }) {
  const titleId = useId();
  const paper = bookmark.snapshot;
  const { names, more } = summarizeAuthors(paper.authors, AUTHORS_SHOWN);
  // Rows stored before timestamps were checked may hold one no Date can show (1e308).
  const saved = isShowableTime(bookmark.createdAt) ? new Date(bookmark.createdAt) : undefined;
  const key = `paper:${paper.id}`;
  const selected = useLibrarySelection((s) => s.selected.has(key));
  const toggle = useLibrarySelection((s) => s.toggle);
  return (
    <article className={`library-item${read ? ' library-item--read' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="library-item__title">
        <Link to={paperPath(paper.id)} state={{ from: '/library', label: 'Library' }}>
          {paper.title}
        </Link>
      </h2>
      <p className="library-item__meta muted">
        <span>
          {names.join(', ')}
          {more > 0 ? ` and ${formatCount(more)} more` : ''}
        </span>
        <span>arXiv {paper.id}</span>
        <span>
          Bookmarked {saved ? <time dateTime={saved.toISOString()}>{shortDayLabel(toDateKey(saved))}</time> : '(date unreadable)'}
        </span>
      </p>
      <div className="library-item__toggles">
        <ReadToggle paperId={paper.id} />
        <BookmarkButton paper={paper} />
        <label className="library-item__select">
          <input type="checkbox" checked={selected} onChange={(event) => toggle(key, event.target.checked)} />
          <span>Select</span>
          <span className="visually-hidden"> {paper.title}</span>
        </label>
      </div>
      <CollectionPicker paperId={paper.id} collectionIds={bookmark.collectionIds} />
      <NoteEditor paperId={paper.id} />
    </article>
  );
}
