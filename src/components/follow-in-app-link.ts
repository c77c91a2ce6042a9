import type { MouseEvent } from 'react';
import type { NavigateFunction } from 'react-router-dom';

/**
 * One click handler for the plain `<a href>` links inside a container: a click that React
 * Router's `<Link>` would take (left button, no modifier key, same tab, same origin) goes
 * through the router; every other click stays the browser's (a new tab, a download, a
 * middle click, an outside link). A paper card has five to eight in-app links, and a `<Link>`
 * each cost about ten hooks and two effects per mounted card while a list scrolls
 * (bench/slow-device-notes.md); the card now renders anchors and handles their clicks here.
 * `stateFor` gives the history state a link carries (a paper's title link: where it was opened from).
 */
export function followInAppLink(event: MouseEvent<HTMLElement>, navigate: NavigateFunction, stateFor?: (path: string) => unknown): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || !event.currentTarget.contains(anchor)) return;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  const to = url.pathname + url.search + url.hash;
  // As `<Link>`: a link to the page already shown replaces its history entry instead of adding one.
  const here = window.location.pathname + window.location.search + window.location.hash;
  void navigate(to, { state: stateFor?.(to), replace: to === here });
}
