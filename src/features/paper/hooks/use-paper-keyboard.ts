import { useEffect, useRef } from 'react';
import { isShortcutEvent } from '../../../components/keyboard/typing-target.ts';

interface PaperKeys {
  back(): void;
  previous(): void;
  next(): void;
}

/** On a paper page: u or Escape back to the list, k or [ previous paper, j or ] next paper. */
export function usePaperKeyboard(keys: PaperKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutEvent(event)) return;
      const action = { u: 'back', Escape: 'back', k: 'previous', '[': 'previous', j: 'next', ']': 'next' }[event.key] as keyof PaperKeys | undefined;
      // Escape inside an open dialog closes the dialog, not the page.
      if (!action || (event.key === 'Escape' && document.querySelector('dialog[open]'))) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
