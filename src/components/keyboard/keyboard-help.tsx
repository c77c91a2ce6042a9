import '../components.css';
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts.ts';
import { closeHelp, useHelpStore } from './help-store.ts';

/**
 * The list of shortcuts in a modal `<dialog>`: the browser traps focus, closes it on
 * Escape and gives focus back to where it was.
 */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom has no showModal; a plain open dialog is enough there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog ref={ref} className="keyboard-help" aria-labelledby="keyboard-help-title" onClose={onClose} onCancel={onClose}>
      <h2 id="keyboard-help-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(({ keys, action }) => (
            <tr key={action}>
              <th scope="row">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ' or ' : ''}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}

/** The layout's dialog, opened by the header's button and by `?` (help-store.ts). */
export function KeyboardHelpDialog() {
  const open = useHelpStore((s) => s.open);
  return <KeyboardHelp open={open} onClose={closeHelp} />;
}
