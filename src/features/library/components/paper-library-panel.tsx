import { useLiveQuery } from 'dexie-react-hooks';
import { getBookmark } from '../../../db/library-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { BookmarkButton } from './bookmark-button.tsx';
import { CollectionPicker } from './collection-picker.tsx';
import { NoteEditor } from './note-editor.tsx';
import { ReadToggle } from './read-toggle.tsx';
import { SignalButtons } from '../../recommend/components/signal-buttons.tsx';

/** On a paper page: bookmark and read toggles; once bookmarked, its collections and note. */
export function PaperLibraryPanel({ paper }: { paper: Paper }) {
  const bookmark = useLiveQuery(() => getBookmark(paper.id), [paper.id]);
  return (
    <div className="paper-library-panel" data-signal-scope="page">
      <div className="paper-library-panel__toggles">
        <BookmarkButton paper={paper} />
        <ReadToggle paperId={paper.id} />
        <SignalButtons paperId={paper.id} />
      </div>
      {bookmark ? (
        <>
          <CollectionPicker paperId={paper.id} collectionIds={bookmark.collectionIds} />
          <NoteEditor paperId={paper.id} />
        </>
      ) : null}
    </div>
  );
}
