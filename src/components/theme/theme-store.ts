import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** `system` follows prefers-color-scheme; the others pin a theme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

interface ThemeState {
  choice: ThemeChoice;
  setChoice(choice: ThemeChoice): void;
}

/** Sets what styles.css keys on: no attribute follows the system, `data-theme` pins one. */
export function applyTheme(choice: ThemeChoice): void {
  if (typeof document === 'undefined') return;
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export const useThemeStore = create<ThemeState>()(
  persist(
    (set) => ({
      choice: 'system',
      setChoice(choice) {
        applyTheme(choice);
        set({ choice });
      },
    }),
    {
      name: 'paperfeed:theme',
      version: 1,
      // localStorage is synchronous, so this runs before the first paint: no flash of the wrong theme.
      onRehydrateStorage: () => (state) => applyTheme(state?.choice ?? 'system'),
    },
  ),
);

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return NEXT[choice];
}
