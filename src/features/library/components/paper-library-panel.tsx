import './library-actions.css';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { getBookmark } from '../../../db/library-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { usePaperLibraryKeys } from '../hooks/use-paper-library-keys.ts';
import { BookmarkButton } from './bookmark-button.tsx';
import { CollectionPicker } from './collection-picker.tsx';
import { NoteEditor } from './note-editor.tsx';
import { ReadToggle } from './read-toggle.tsx';

/**
 * On a paper page: bookmark and read toggles (and the keys b, m), then `children` (other
 * features' toggles, composed by the app); once bookmarked, its collections and note.
 */
export function PaperLibraryPanel({ paper, children }: { paper: Paper; children?: ReactNode }) {
  const bookmark = useLiveQuery(() => getBookmark(paper.id), [paper.id]);
  usePaperLibraryKeys(paper);
  return (
    <div className="paper-library-panel" data-signal-scope="page">
      <div className="paper-library-panel__toggles">
        <BookmarkButton paper={paper} />
        <ReadToggle paperId={paper.id} />
        {children}
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
