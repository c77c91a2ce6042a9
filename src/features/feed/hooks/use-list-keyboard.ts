import { useEffect, useRef } from 'react';
import { isShortcutEvent } from '../../../components/keyboard/typing-target.ts';

export interface ListKeyboardActions {
  count: number;
  current: number;
  select(index: number): void;
  open(index: number): void;
  previousPeriod?(): void;
  nextPeriod?(): void;
  switchKind?(kind: 'day' | 'week' | 'month'): void;
  /** b: bookmark the selected paper. */
  toggleBookmark?(index: number): void;
  /** m: toggle read on the selected paper (with no paper selected, m is the monthly view). */
  toggleRead?(index: number): void;
}

const KIND_KEYS = { d: 'day', w: 'week', m: 'month' } as const;

/**
 * Feed-reader keys for a list: j/k select, o or Enter open, [ and ] change period, d/w/m
 * switch view. Enter is left to links and buttons when one has focus: it is theirs.
 */
export function useListKeyboard(actions: ListKeyboardActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutEvent(event)) return;
      const { count, current, select, open, previousPeriod, nextPeriod, switchKind, toggleBookmark, toggleRead } = latest.current;
      const key = event.key;
      const selected = current >= 0 && current < count;
      if (key === 'b' && toggleBookmark && selected) {
        event.preventDefault();
        toggleBookmark(current);
      } else if (key === 'm' && toggleRead && selected) {
        event.preventDefault();
        toggleRead(current);
      } else if (key === 'j' || key === 'k') {
        if (count === 0) return;
        const next = key === 'j' ? Math.min(count - 1, current + 1) : Math.max(0, current - 1);
        event.preventDefault();
        select(next);
      } else if (key === 'o' || (key === 'Enter' && !isActivatable(event.target))) {
        if (current < 0 || current >= count) return;
        event.preventDefault();
        open(current);
      } else if (key === '[' && previousPeriod) {
        event.preventDefault();
        previousPeriod();
      } else if (key === ']' && nextPeriod) {
        event.preventDefault();
        nextPeriod();
      } else if (key in KIND_KEYS && switchKind) {
        event.preventDefault();
        switchKind(KIND_KEYS[key as keyof typeof KIND_KEYS]);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('a[href], button, summary, [role=button], dialog');
}
