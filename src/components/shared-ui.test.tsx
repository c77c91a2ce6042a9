import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { KeyboardHelp } from './keyboard/keyboard-help.tsx';
import { ThemeToggle } from './theme/theme-toggle.tsx';
import { useThemeStore } from './theme/theme-store.ts';
import { isTypingTarget } from './keyboard/typing-target.ts';

describe('ThemeToggle', () => {
  beforeEach(() => useThemeStore.getState().setChoice('system'));

  it('cycles system, light, dark and pins the theme on <html>, persisted', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    await user.click(screen.getByRole('button', { name: 'Theme: System. Switch to Light' }));
    expect(document.documentElement.dataset.theme).toBe('light');
    await user.click(screen.getByRole('button', { name: 'Theme: Light. Switch to Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(JSON.parse(localStorage.getItem('paperfeed:theme')!).state.choice).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Theme: Dark. Switch to System' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});

describe('KeyboardHelp', () => {
  it('lists the shortcuts in a dialog', () => {
    render(<KeyboardHelp open onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Next paper');
    expect(dialog).toHaveTextContent('Search papers');
  });
});

describe('isTypingTarget', () => {
  it('leaves text entry alone but not buttons', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
  });
});
