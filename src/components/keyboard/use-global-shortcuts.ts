import { useEffect, useState } from 'react';
import { isShortcutEvent } from './typing-target.ts';

/** The search box, whoever renders it: the header's searchbox, or any search input. */
function findSearchBox(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[role=searchbox], input[type=search]');
}

/**
 * Shortcuts that work on every page: `/` focuses search, `?` opens the shortcut list.
 * Returns the list's open state for the layout to render it.
 */
export function useGlobalShortcuts(): { helpOpen: boolean; setHelpOpen: (open: boolean) => void } {
  const [helpOpen, setHelpOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutEvent(event)) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
      } else if (event.key === '/') {
        const box = findSearchBox();
        if (!box) return;
        event.preventDefault();
        box.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return { helpOpen, setHelpOpen };
}
