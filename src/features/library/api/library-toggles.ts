import { toggleBookmark } from '../../../db/library-repo.ts';
import { toggleRead } from '../../../db/read-state-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { requestPersistentStorage } from '../../../lib/persistent-storage.ts';
import { reportLibraryWrite } from '../stores/library-write-errors.ts';

/**
 * Toggles a bookmark; the first bookmark asks the browser to keep the site's data. A
 * failure shows beside the paper's Bookmark button (see library-write-errors.ts), also
 * when the key b started it.
 */
export function toggleBookmarkOf(paper: Paper): void {
  void reportLibraryWrite(paper.id, 'bookmark', toggleBookmark(paper)).then((result) => {
    if (result?.first) void requestPersistentStorage();
  });
}

/** Marks a paper read or unread; a failure shows beside its Read toggle, also when the key m started it. */
export function toggleReadOf(paperId: string): void {
  void reportLibraryWrite(paperId, 'read', toggleRead(paperId));
}
