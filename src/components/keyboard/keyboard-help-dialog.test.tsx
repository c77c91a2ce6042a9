import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeHelp, openHelp, useHelpStore } from './help-store.ts';
import { KeyboardHelpDialog } from './keyboard-help.tsx';
import { useGlobalShortcuts } from './use-global-shortcuts.ts';

// Issue #18: the dialog's open state moved out of the layout (opening it rendered the whole
// header inside the click); it still opens from the button's handler and from `?`, and closes.
function Shell() {
  useGlobalShortcuts();
  return (
    <>
      <button type="button" aria-label="Keyboard shortcuts" onClick={openHelp}>
        ?
      </button>
      <KeyboardHelpDialog />
    </>
  );
}

afterEach(() => act(() => closeHelp()));

describe('the keyboard shortcuts dialog', () => {
  it('opens from the header button, closes with its Close button', async () => {
    const user = userEvent.setup();
    render(<Shell />);
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Show this list');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(useHelpStore.getState().open).toBe(false);
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('opens with ?', async () => {
    const user = userEvent.setup();
    render(<Shell />);
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    expect(useHelpStore.getState().open).toBe(true);
  });
});
