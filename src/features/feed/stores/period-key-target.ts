import type { FeedSort } from '../../../domain/feed/feed-sort.ts';
import type { Period } from '../../../domain/feed/period.ts';

/** A feed view: its period, its sort, and its path (what `periodPath` makes of them). */
export interface FeedViewTarget {
  period: Period;
  sort: FeedSort;
  path: string;
}

/*
 * What the period keys ([ ] d w m) act on. Not React state: the router renders a navigation
 * in a transition, which under load lands frames after the key that asked for it, and a
 * listener still attached from the previous view holds the previous period. So the view on
 * screen records itself here when it commits, and each key records where it sends the
 * reader: a key pressed before that view has arrived acts on the view it will show, so
 * `]` then `w` is always the week of the next day, however fast the keys follow each other.
 */
let shown: FeedViewTarget | undefined;
let requested: FeedViewTarget[] = [];

/** The view committed to the screen (from a layout effect). Drops the requests it fulfils. */
export function feedViewShown(view: FeedViewTarget): void {
  const at = requested.findIndex((r) => r.path === view.path);
  // A view that no key asked for (a click, the back button) ends every pending request.
  requested = at >= 0 ? requested.slice(at + 1) : [];
  shown = view;
}

/** A period key sent the reader to `view`. */
export function feedViewRequested(view: FeedViewTarget): void {
  requested.push(view);
}

/** The view the next period key acts on: the last one a key asked for, else the one on screen. */
export function periodKeyBase(): FeedViewTarget | undefined {
  return requested.at(-1) ?? shown;
}

/** Tests: forget everything. */
export function resetPeriodKeyTargetForTests(): void {
  shown = undefined;
  requested = [];
}
