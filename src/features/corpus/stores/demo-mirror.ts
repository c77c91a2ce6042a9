/**
 * Whether the corpus last synced was the demo, mirrored in localStorage (issue #18: layout
 * shift). The notice learns it from IndexedDB, which answers after the first paint: on a warm
 * start the notice then appeared above the feed and pushed it down (the largest layout
 * shift of a visit, 0.034). localStorage is read synchronously, so the notice is there in
 * the first frame; IndexedDB stays the truth, and the mirror follows it.
 */
const KEY = 'paperfeed:corpus-demo';

export function lastKnownDemo(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberDemo(demo: boolean): void {
  try {
    if (demo) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode, quota): the notice then shows once IndexedDB answers, as before.
  }
}
