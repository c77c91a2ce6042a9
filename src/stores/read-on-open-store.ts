import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * When opening a paper marks it read: at once (as feed readers do, the default), after
 * a few seconds on its page (a glance during triage is not a read), or only by hand
 * (the Read toggle or `m`). A preference of this browser, kept with the theme.
 */
export type ReadOnOpen = 'open' | 'delay' | 'manual';

export const READ_ON_OPEN_CHOICES: readonly ReadOnOpen[] = ['open', 'delay', 'manual'];

/** How long "after a few seconds" is. */
export const READ_DELAY_MS = 5_000;

interface ReadOnOpenState {
  mode: ReadOnOpen;
}

export const useReadOnOpenStore = create<ReadOnOpenState>()(
  persist((): ReadOnOpenState => ({ mode: 'open' }), {
    name: 'paperfeed:read-on-open',
    version: 1,
    migrate: (saved) => {
      const mode = (saved as Partial<ReadOnOpenState> | undefined)?.mode;
      return { mode: mode && READ_ON_OPEN_CHOICES.includes(mode) ? mode : 'open' };
    },
  }),
);

export function setReadOnOpen(mode: ReadOnOpen): void {
  useReadOnOpenStore.setState({ mode });
}
