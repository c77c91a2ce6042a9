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
      <input type="search" aria-label="Search papers" />
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

  // Opened with show(), not showModal() (a whole-document restyle on every open and close):
  // what the modal dialog gave through inertness is kept by hand.
  it('is modal to the keyboard: focus starts on Close, Tab and shortcuts stay inside, Escape closes and gives focus back', async () => {
    const user = userEvent.setup();
    render(<Shell />);
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();
    // `/` focuses the search box on the page; the dialog takes focus back.
    await user.keyboard('/');
    expect(close).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(useHelpStore.getState().open).toBe(false);
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    expect(button).toHaveFocus();
    // Closed, the trap is gone: focus moves freely again.
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search papers' })).toHaveFocus();
  });
});
