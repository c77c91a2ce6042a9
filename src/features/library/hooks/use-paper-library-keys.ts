import { useEffect, useRef } from 'react';
import { toggleRead } from '../../../db/read-state-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { isShortcutEvent } from '../../../components/keyboard/typing-target.ts';
import { useToggleBookmark } from './use-toggle-bookmark.ts';
import { reportLibraryWrite } from '../stores/library-write-errors.ts';

/** On a paper page: b bookmarks the open paper, m marks it read or unread. */
export function usePaperLibraryKeys(paper: Paper | undefined): void {
  const { toggle } = useToggleBookmark();
  const latest = useRef({ paper, toggle });
  latest.current = { paper, toggle };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { paper: open, toggle: toggleBookmark } = latest.current;
      if (!open || !isShortcutEvent(event) || (event.key !== 'b' && event.key !== 'm')) return;
      event.preventDefault();
      if (event.key === 'b') toggleBookmark(open);
      else void reportLibraryWrite(open.id, 'read', toggleRead(open.id));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
