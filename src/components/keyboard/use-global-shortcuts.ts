import { useEffect } from 'react';
import { openHelp } from './help-store.ts';
import { isShortcutEvent } from './typing-target.ts';

/** The search box, whoever renders it: the header's searchbox, or any search input. */
function findSearchBox(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[role=searchbox], input[type=search]');
}

/**
 * Shortcuts that work on every page: `/` focuses search, `?` opens the shortcut list (its
 * open state is in help-store.ts, so opening it renders the dialog only).
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutEvent(event)) return;
      if (event.key === '?') {
        event.preventDefault();
        openHelp();
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
}
