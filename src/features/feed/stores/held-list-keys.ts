/*
 * List keys pressed before the view could act on them: j right after opening a day whose
 * row is still being read (no list yet), or ] before the days with papers are known (no
 * next day to go to). They are held here, in order, and the view's keyboard plays them once
 * it can; until then every later key waits behind them, so `j o` still opens the first paper.
 *
 * Held keys belong to one history entry: a view reached some other way (a click, the back
 * button) before they were played drops them, and so does a held key that leaves the entry
 * (] or o): the keys after it were aimed at a page that is not on screen yet.
 */
let held: { entry: string; keys: string[] } | undefined;

/** Holds `key`, pressed on history entry `entry`. */
export function holdListKey(entry: string, key: string): void {
  if (held?.entry !== entry) held = { entry, keys: [] };
  held.keys.push(key);
}

/** The keys held for `entry`, oldest first (another entry's are dropped). */
export function heldKeys(entry: string): readonly string[] {
  if (held && held.entry !== entry) held = undefined;
  return held?.keys ?? [];
}

/** Takes the oldest held key of `entry`, about to be played; `leaves`: drops the rest. */
export function takeHeldKey(entry: string, leaves: boolean): void {
  if (held?.entry !== entry) return;
  held.keys.shift();
  if (leaves || !held.keys.length) held = undefined;
}

