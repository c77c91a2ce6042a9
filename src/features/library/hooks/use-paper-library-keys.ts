import { useEffect, useRef } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { isShortcutEvent } from '../../../components/keyboard/typing-target.ts';
import { toggleBookmarkOf, toggleReadOf } from '../api/library-toggles.ts';

/** On a paper page: b bookmarks the open paper, m marks it read or unread. */
export function usePaperLibraryKeys(paper: Paper | undefined): void {
  const latest = useRef(paper);
  latest.current = paper;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const open = latest.current;
      if (!open || !isShortcutEvent(event) || (event.key !== 'b' && event.key !== 'm')) return;
      event.preventDefault();
      if (event.key === 'b') toggleBookmarkOf(open);
      else toggleReadOf(open.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
