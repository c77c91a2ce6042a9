import '../components.css';
import { nextTheme, useThemeStore, type ThemeChoice } from './theme-store.ts';

const LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** Cycles system → light → dark; the choice is saved, so it survives reloads. */
export function ThemeToggle() {
  const choice = useThemeStore((s) => s.choice);
  const setChoice = useThemeStore((s) => s.setChoice);
  const next = nextTheme(choice);
  return (
    <button
      type="button"
      className="button theme-toggle"
      aria-label={`Theme: ${LABEL[choice]}. Switch to ${LABEL[next]}`}
      title={`Theme: ${LABEL[choice]}`}
      onClick={() => setChoice(next)}
    >
      <span aria-hidden="true">{ICON[choice]}</span> <span className="theme-toggle__text">{LABEL[choice]}</span>
    </button>
  );
}
