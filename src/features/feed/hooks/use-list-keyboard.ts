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
      const { count, current, select, open, previousPeriod, nextPeriod, switchKind } = latest.current;
      const key = event.key;
      if (key === 'j' || key === 'k') {
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
