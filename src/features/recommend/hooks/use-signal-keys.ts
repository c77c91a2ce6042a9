import { useEffect } from 'react';
import { isShortcutEvent } from '../../../components/keyboard/typing-target.ts';

const KINDS: Record<string, 'more' | 'less'> = { '+': 'more', '=': 'more', '-': 'less' };

/**
 * + (or =) and − press "More like this" / "Less like this" on the selected card, or on the
 * open paper. The keys press the buttons themselves, so they do exactly what a click does
 * and no view has to pass its selection here.
 */
export function useSignalKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const kind = KINDS[event.key];
      if (!kind || !isShortcutEvent(event)) return;
      const scope = document.querySelector('article[aria-current="true"]') ?? document.querySelector('[data-signal-scope="page"]');
      const button = scope?.querySelector<HTMLButtonElement>(`button[data-signal="${kind}"]`);
      if (!button) return;
      event.preventDefault();
      button.click();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
