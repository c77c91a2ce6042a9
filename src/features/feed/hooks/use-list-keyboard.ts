import { useEffect, useRef } from 'react';
import { isShortcutEvent } from '../../../components/keyboard/typing-target.ts';
import { heldKeys, holdListKey, takeHeldKey } from '../stores/held-list-keys.ts';
import { useHistoryEntryKey } from './use-history-entry-key.ts';

export interface ListKeyboardActions {
  count: number;
  current: number;
  /** The list's papers are still loading: the paper keys (j k o b) are held until they are here. */
  papersLoading?: boolean;
  select(index: number): void;
  open(index: number): void;
  /** The period keys: 'wait' when they cannot act yet (the days with papers still loading) holds the key. */
  previousPeriod?(): PeriodKeyOutcome;
  nextPeriod?(): PeriodKeyOutcome;
  switchKind?(kind: 'day' | 'week' | 'month'): PeriodKeyOutcome;
  /** b: bookmark the selected paper. */
  toggleBookmark?(index: number): void;
  /** m: toggle read on the selected paper (with no paper selected, m is the monthly view). */
  toggleRead?(index: number): void;
}

const KIND_KEYS = { d: 'day', w: 'week', m: 'month' } as const;
/** Every key a list acts on, and so every key that waits behind a held one. */
const LIST_KEYS = new Set(['j', 'k', 'o', 'b', 'm', '[', ']', 'd', 'w']);
// Not m: with no paper selected (none can be while the papers load) m is the month view, and
// holding it dropped it when an earlier [ or ] had already left for another period.
const PAPER_KEYS = new Set(['j', 'k', 'o', 'b']);

/** What a key did: acted on this view, left it (navigated away), must wait, or nothing. */
type Outcome = 'acted' | 'left' | 'wait' | 'none';
export type PeriodKeyOutcome = Exclude<Outcome, 'acted'>;

/**
 * Feed-reader keys for a list: j/k select, o or Enter open, [ and ] change period, d/w/m
 * switch view. Enter is left to links and buttons when one has focus: it is theirs. Keys
 * the view cannot act on yet are held and played once it can (held-list-keys.ts).
 */
export function useListKeyboard(actions: ListKeyboardActions): void {
  const entry = useHistoryEntryKey();
  const latest = useRef({ actions, entry });
  latest.current = { actions, entry };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutEvent(event)) return;
      const { actions, entry } = latest.current;
      const outcome = heldKeys(entry).length && LIST_KEYS.has(event.key) ? 'wait' : play(event.key, actions, event.target);
      if (outcome === 'none') return;
      event.preventDefault();
      if (outcome === 'wait') holdListKey(entry, event.key);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  // After every render (papers or days arrived, a list mounted): play what can be played now.
  useEffect(() => {
    // A copy: playing a key takes it from the held list.
    for (const key of [...heldKeys(entry)]) {
      const outcome = play(key, latest.current.actions, null);
      if (outcome === 'wait') return;
      takeHeldKey(entry, outcome === 'left');
      if (outcome === 'left') return;
    }
  });
}

function play(key: string, actions: ListKeyboardActions, target: EventTarget | null): Outcome {
  const { count, current, papersLoading, select, open, previousPeriod, nextPeriod, switchKind, toggleBookmark, toggleRead } = actions;
  if (papersLoading && PAPER_KEYS.has(key)) return 'wait';
  const selected = current >= 0 && current < count;
  if (key === 'b' && toggleBookmark && selected) {
    toggleBookmark(current);
  } else if (key === 'm' && toggleRead && selected) {
    toggleRead(current);
  } else if (key === 'j' || key === 'k') {
    if (count === 0) return 'none';
    select(key === 'j' ? Math.min(count - 1, current + 1) : Math.max(0, current - 1));
  } else if (key === 'o' || (key === 'Enter' && !isActivatable(target))) {
    if (!selected) return 'none';
    open(current);
    return 'left';
  } else if (key === '[' && previousPeriod) {
    return previousPeriod();
  } else if (key === ']' && nextPeriod) {
    return nextPeriod();
  } else if (key in KIND_KEYS && switchKind) {
    return switchKind(KIND_KEYS[key as keyof typeof KIND_KEYS]);
  } else {
    return 'none';
  }
  return 'acted';
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('a[href], button, summary, [role=button], dialog');
}
