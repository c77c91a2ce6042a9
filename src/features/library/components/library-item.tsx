import { BookmarkButton } from './bookmark-button.tsx';
import { CollectionPicker } from './collection-picker.tsx';
import { NoteEditor } from './note-editor.tsx';
import { PaperCard } from '../../../components/paper/paper-card.tsx';
import { ReadToggle } from './read-toggle.tsx';
import type { BookmarkRecord } from '../../../db/schema.ts';
import { shortDayLabel, toDateKey } from '../../../domain/feed/period.ts';
import { isShowableTime } from '../../../domain/library/timestamp-checks.ts';
import { useLibrarySelection } from '../stores/library-selection-store.ts';

const SOURCE = { from: '/library', label: 'Library' };

/** One bookmark: the paper card as saved with it, its read state, collections and note. */
export function LibraryItem({ bookmark, read }: { bookmark: BookmarkRecord; read: boolean }) {
  const paper = bookmark.snapshot;
  // Rows stored before timestamps were checked may hold one no Date can show (1e308).
  const saved = isShowableTime(bookmark.createdAt) ? new Date(bookmark.createdAt) : undefined;
  const key = `paper:${paper.id}`;
  const selected = useLibrarySelection((s) => s.selected.has(key));
  const toggle = useLibrarySelection((s) => s.toggle);
  const { id, title, date, upvotes, authors } = paper;
  const meta = (
    <>
      <span>arXiv {paper.id}</span>
      <span>
        Bookmarked {saved ? <time dateTime={saved.toISOString()}>{shortDayLabel(toDateKey(saved))}</time> : '(date unreadable)'}
      </span>
    </>
  );
  return (
    <PaperCard paper={{ id, title, date, upvotes, authors }} headingLevel={2} source={SOURCE} meta={meta} className={read ? 'library-item--read' : undefined}>
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
    </PaperCard>
  );
}
