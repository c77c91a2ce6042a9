import '../components.css';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { SHORTCUTS } from './shortcuts.ts';
import { closeHelp, useHelpStore } from './help-store.ts';
import { trapFocus } from './focus-trap.ts';

/**
 * The list of shortcuts in a `<dialog>` that behaves as a modal one (aria-modal, focus kept
 * inside, Escape closes, focus goes back where it was, a backdrop over the page) without
 * `showModal()` or `show()`. showModal makes the rest of the document inert, which Chromium computes in
 * style: every open and close restyled and laid out the whole page inside the reader's click
 * or key press. During a 100k import on a 4x throttled main thread those two calls were most
 * of the page's own main-thread time and its worst interactions (bench/slow-device-notes.md,
 * "The shortcuts dialog"); opened by its attribute, it restyles the dialog alone.
 */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // The attribute, not show(): show()'s own focusing steps scroll the focused button into
    // view, which forces a layout of the whole page (with an import's pending changes) inside
    // the click. Focus without scrolling needs the dialog's style only: it is fixed in view.
    dialog.setAttribute('open', '');
    dialog.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    const release = trapFocus(dialog);
    return () => {
      release();
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      // Back where the reader was, unless they have since moved focus elsewhere themselves.
      if (returnTo?.isConnected && (document.activeElement === document.body || dialog.contains(document.activeElement))) returnTo.focus({ preventScroll: true });
    };
  }, [open]);
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  return (
    <>
      {/* Always in the page, shown by an attribute: inserting it beside the page's main
          content at every open made the browser re-check that content's style. */}
      <div className="keyboard-help__backdrop" aria-hidden="true" hidden={!open} onClick={onClose} />
      <dialog ref={ref} className="keyboard-help" aria-modal="true" aria-labelledby="keyboard-help-title" onKeyDown={onKeyDown} onClose={onClose}>
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
          <button type="submit" className="button" onClick={onClose}>
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}

/** The layout's dialog, opened by the header's button and by `?` (help-store.ts). */
export function KeyboardHelpDialog() {
  const open = useHelpStore((s) => s.open);
  return <KeyboardHelp open={open} onClose={closeHelp} />;
}
