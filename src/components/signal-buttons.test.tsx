import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../db/database.ts';
import { getSignal } from '../db/signals-repo.ts';
import { KeyboardHelp } from './keyboard/keyboard-help.tsx';
import { SignalButtons } from './signal-buttons.tsx';
import { useSignalKeys } from './use-signal-keys.ts';

beforeEach(resetDbForTests);

function Page({ paperId }: { paperId: string }) {
  useSignalKeys();
  return (
    <div data-signal-scope="page">
      <SignalButtons paperId={paperId} />
    </div>
  );
}

describe('SignalButtons', () => {
  it('stores "more like this", replaces it by "less like this", and clears it on a second press', async () => {
    const user = userEvent.setup();
    render(<SignalButtons paperId="2510.00001" />);
    const more = screen.getByRole('button', { name: 'More like this' });
    const less = screen.getByRole('button', { name: 'Less like this' });
    await user.click(more);
    await waitFor(() => expect(more).toHaveAttribute('aria-pressed', 'true'));
    expect((await getSignal('2510.00001'))?.kind).toBe('more');
    await user.click(less);
    await waitFor(() => expect(less).toHaveAttribute('aria-pressed', 'true'));
    expect(more).toHaveAttribute('aria-pressed', 'false');
    await user.click(less);
    await waitFor(() => expect(less).toHaveAttribute('aria-pressed', 'false'));
    expect(await getSignal('2510.00001')).toBeUndefined();
  });

  it('+ and - press them on the open paper; the keys are in the keyboard help', async () => {
    const user = userEvent.setup();
    render(<Page paperId="2510.00002" />);
    await user.keyboard('+');
    await waitFor(() => expect(screen.getByRole('button', { name: 'More like this' })).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('-');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Less like this' })).toHaveAttribute('aria-pressed', 'true'));
    render(<KeyboardHelp open onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveTextContent('More or less like the selected paper');
  });
});
