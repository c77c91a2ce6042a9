const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps keyboard focus inside `container` until the returned function is called: Tab and
 * Shift+Tab cycle through its focusable elements, and focus that lands outside (a shortcut
 * focusing the search box, a click through) is brought back. What `showModal()` gives a
 * dialog through inertness, for a dialog opened with `show()`.
 */
export function trapFocus(container: HTMLElement): () => void {
  const focusables = () => [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const items = focusables();
    if (!items.length) return;
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = event.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : at === items.length - 1 ? 0 : at + 1;
    event.preventDefault();
    items[next]!.focus();
  };
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof Node && !container.contains(event.target)) focusables()[0]?.focus();
  };
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('focusin', onFocusIn);
  return () => {
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('focusin', onFocusIn);
  };
}
