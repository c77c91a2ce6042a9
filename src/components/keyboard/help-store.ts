import { create } from 'zustand';

/**
 * Whether the keyboard-shortcuts dialog is open. UI state of its own, not the layout's: with
 * the flag in the layout, every open and close rendered the whole header again inside the
 * click (the throttled import bench's slowest interaction, bench/RESULTS.md); now only the
 * dialog renders.
 */
export const useHelpStore = create<{ open: boolean }>(() => ({ open: false }));

export function openHelp(): void {
  useHelpStore.setState({ open: true });
}

export function closeHelp(): void {
  useHelpStore.setState({ open: false });
}
