import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { getSignal } from '../../../db/signals-repo.ts';
import { KeyboardHelp } from '../../../components/keyboard/keyboard-help.tsx';
import { SignalButtons } from './signal-buttons.tsx';
import { LibraryMarksProvider } from '../../../hooks/library-marks.tsx';
import { setSignal } from '../../../db/signals-repo.ts';
import { useSignalKeys } from '../hooks/use-signal-keys.ts';

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

  it('in a list, reads every card\'s signal from the list\'s one query and follows changes', async () => {
    const user = userEvent.setup();
    await setSignal('2510.00003', 'less');
    render(
      <LibraryMarksProvider>
        <ul>
          {['2510.00003', '2510.00004'].map((id) => (
            <li key={id} aria-label={id}>
              <SignalButtons paperId={id} />
            </li>
          ))}
        </ul>
      </LibraryMarksProvider>,
    );
    const card = (id: string) => within(screen.getByRole('listitem', { name: id }));
    await waitFor(() => expect(card('2510.00003').getByRole('button', { name: 'Less like this' })).toHaveAttribute('aria-pressed', 'true'));
    expect(card('2510.00004').getByRole('button', { name: 'Less like this' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(card('2510.00004').getByRole('button', { name: 'More like this' }));
    await waitFor(() => expect(card('2510.00004').getByRole('button', { name: 'More like this' })).toHaveAttribute('aria-pressed', 'true'));
    expect((await getSignal('2510.00004'))?.kind).toBe('more');
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
